const passport = require('passport');
const LocalStrategy = require('passport-local').Strategy;
const users = require('./users');

passport.use(new LocalStrategy({ usernameField: 'email' }, async (email, password, done) => {
  try {
    const user = await users.verify(email, password);
    return done(null, user || false);
  } catch (e) {
    return done(e);
  }
}));
passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser((id, done) => users.byId(id).then((u) => done(null, u), done));

module.exports = passport;
