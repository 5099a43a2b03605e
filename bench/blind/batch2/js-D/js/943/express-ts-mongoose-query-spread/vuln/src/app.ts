import express from 'express';
import mongoose from 'mongoose';
import orders from './routes/orders';

const app = express();
app.set('query parser', 'extended');
app.use('/api', orders);

mongoose.connect(process.env.MONGO_URL as string).then(() => app.listen(3000));
