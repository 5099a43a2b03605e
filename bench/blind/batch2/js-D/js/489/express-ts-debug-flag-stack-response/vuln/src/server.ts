import express from 'express';
import cors from 'cors';
import { settings } from './settings';
import { errorMiddleware } from './middleware/errors';
import reports from './routes/reports';

const app = express();
app.use(cors({ origin: settings.corsOrigin }));
app.use(express.json());
app.use('/reports', reports);
app.use(errorMiddleware);

app.listen(settings.port);
