const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

const User = sequelize.define('User', {
  email: { type: DataTypes.STRING, unique: true },
  favoriteCategory: { type: DataTypes.STRING(60) },
});

module.exports = { sequelize, User };
