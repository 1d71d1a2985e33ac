import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { detail } from './error-codes.js';
import { errorBody } from './http-exception.filter.js';

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
function guarded(parser: RequestHandler, limitBytes: number, what: string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    void parser(req, res, (error?: unknown) => {
      if (!error) return next();
      const e = error as ParserError;
      if (e.type === 'entity.too.large') {
        const message = `The request body is larger than ${what}`;
        res.status(413).json(errorBody(413, [detail(null, 'body_too_large', { maxBytes: limitBytes }, message)], true));
      } else if (e.type === 'entity.parse.failed') {
        res
          .status(400)
          .json(errorBody(400, [detail('body', 'invalid_json', {}, 'The request body is not valid JSON')], true));
      } else if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
        res.status(415).json(errorBody(415, [detail(null, 'must_be_utf8', {}, 'Send the body as UTF-8')], true));
      } else {
        const status = e.status && e.status >= 400 && e.status < 500 ? e.status : 400;
        const message = 'The request body could not be read';
        res.status(status).json({
          ...errorBody(status, [detail('body', 'unreadable_body', {}, message)], true),
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
      1024 * 1024,
      '1 MB',
    ),
    guarded(express.text({ limit: CSV_LIMIT, type: ['text/csv'] }), 5 * 1024 * 1024, '5 MB'),
    guarded(express.urlencoded({ limit: '64kb', extended: false }), 64 * 1024, '64 KB'),
  ];
}
