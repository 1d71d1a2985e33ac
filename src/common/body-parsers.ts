import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

export const JSON_LIMIT = '1mb';
export const CSV_LIMIT = '5mb';

interface ParserError extends Error {
  status?: number;
  type?: string;
}

/**
 * Body parsers that answer their own errors in the API's error shape: a body over the limit is a
 * 413, JSON that does not parse a 400; neither reaches a handler.
 */
function guarded(parser: RequestHandler, what: string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    void parser(req, res, (error?: unknown) => {
      if (!error) return next();
      const e = error as ParserError;
      if (e.type === 'entity.too.large') {
        res
          .status(413)
          .json({ statusCode: 413, message: `The request body is larger than ${what}`, error: 'Payload Too Large' });
      } else if (e.type === 'entity.parse.failed') {
        res.status(400).json({ statusCode: 400, message: 'The request body is not valid JSON', error: 'Bad Request' });
      } else if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
        res.status(415).json({ statusCode: 415, message: 'Send the body as UTF-8', error: 'Unsupported Media Type' });
      } else {
        const status = e.status && e.status >= 400 && e.status < 500 ? e.status : 400;
        res.status(status).json({
          statusCode: status,
          message: 'The request body could not be read',
          error: 'Bad Request',
        });
      }
    });
  };
}

export function bodyParsers(): RequestHandler[] {
  return [
    guarded(
      express.json({ limit: JSON_LIMIT, strict: false, type: ['application/json', 'application/*+json'] }),
      '1 MB',
    ),
    guarded(express.text({ limit: CSV_LIMIT, type: ['text/csv'] }), '5 MB'),
    guarded(express.urlencoded({ limit: '64kb', extended: false }), '64 KB'),
  ];
}
