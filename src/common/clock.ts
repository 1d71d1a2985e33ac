import { Injectable } from '@nestjs/common';

/** The one source of "now"; tests replace it to play a programme through in seconds. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
