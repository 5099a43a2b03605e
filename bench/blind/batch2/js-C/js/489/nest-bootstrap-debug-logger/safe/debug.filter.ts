import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';

@Catch()
export class DebugExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse();
    const req = host.switchToHttp().getRequest();
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    const err = exception as Error;
    res.status(status).json({
      message: err?.message,
      stack: err?.stack,
      path: req.url,
      body: req.body,
      env: { node: process.version, cwd: process.cwd() },
    });
  }
}
