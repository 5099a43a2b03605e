const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize('sqlite:/var/app/app.db');
const Favorite = sequelize.define('Favorite', {
  userId: DataTypes.INTEGER,
  tag: DataTypes.STRING,
});

module.exports = { sequelize, Favorite };
