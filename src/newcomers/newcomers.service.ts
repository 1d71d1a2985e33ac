import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { holdsMunicipality, type Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import type { ErrorDetail } from '../common/error-codes.js';
import { InvalidInputError, NotFoundError } from '../common/errors.js';
import { Transactions } from '../database/transactions.js';
import { unknownMunicipalities } from '../municipalities/municipalities.errors.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import { validateAs } from '../common/validation.js';
import { CreateParticipantDto } from '../participants/dto/participant.dto.js';
import { MENTEE_CATEGORIES } from '../participants/participant-fields.js';
import { ParticipantsService } from '../participants/participants.service.js';
import type { StandingParticipant } from '../participants/participants.repository.js';
import type { Programme } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { CreateNewcomerDto, type UpdateNewcomerDto } from './dto/newcomer.dto.js';
import type { ReachOverviewQueryDto } from './dto/newcomer-query.dto.js';
import type { ReachOverviewResponse, ReachResponse } from './dto/newcomer.response.js';
import { newcomerRuleErrors } from './newcomer-rules.js';
import { Newcomer } from './newcomer.entity.js';
import { AlreadyEnrolledError, mentorConsentMissing, periodBackwards, programmeMustCover } from './newcomers.errors.js';
import {
  NewcomersRepository,
  type EnrolledNewcomer,
  type NewcomerFilter,
  type ReachRow,
} from './newcomers.repository.js';

const ZONE = 'Europe/Oslo';

@Injectable()
export class NewcomersService {
  constructor(
    private readonly repository: NewcomersRepository,
    private readonly transactions: Transactions,
    private readonly participants: ParticipantsService,
    private readonly programmes: ProgrammesService,
    private readonly municipalities: MunicipalitiesService,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return DateTime.fromJSDate(this.clock.now()).setZone(ZONE).toISODate() ?? '';
  }

  /** The municipality, when it exists and the actor holds it; else a 404 that does not tell which. */
  private async assertMunicipality(actor: Actor, code: string): Promise<void> {
    await this.municipalities.findHeld(actor, code);
  }

  async register(actor: Actor, code: string, dto: CreateNewcomerDto): Promise<EnrolledNewcomer> {
    await this.assertMunicipality(actor, code);
    const errors = newcomerRuleErrors(dto, this.today());
    if (errors.length) throw new InvalidInputError(errors);
    const row: Partial<Newcomer> = {
      ...toRow(dto),
      municipalityCode: code,
      registeredAt: this.clock.now(),
      waitingSince: dto.consent.mentorProgramme ? dto.consent.givenOn : null,
    };
    const newcomer = await this.repository.insert(row);
    return { newcomer, enrolments: [] };
  }

  async findPage(
    actor: Actor,
    code: string,
    filter: NewcomerFilter,
  ): Promise<{ newcomers: EnrolledNewcomer[]; total: number }> {
    await this.assertMunicipality(actor, code);
    const { newcomers, total } = await this.repository.findPage(code, filter);
    return { newcomers: await this.repository.withEnrolments(newcomers), total };
  }

  async waitingList(
    actor: Actor,
    code: string,
    page: { limit?: number; offset?: number },
  ): Promise<EnrolledNewcomer[]> {
    await this.assertMunicipality(actor, code);
    return this.repository.withEnrolments(await this.repository.waitingList(code, page));
  }

  async findVisible(actor: Actor, id: string): Promise<EnrolledNewcomer> {
    const newcomer = await this.repository.findById(id);
    if (!newcomer || !holdsMunicipality(actor, newcomer.municipalityCode)) throw new NotFoundError('Newcomer');
    const [found] = await this.repository.withEnrolments([newcomer]);
    return found;
  }

  /**
   * Applies the change and checks the merged newcomer as a registration would be checked. A change
   * that puts the newcomer in the introduction programme drops the stored mapping (it is the state's
   * now) unless the same change sends one, which is refused. The place on the waiting list is kept
   * through every change but a withdrawal of the consent to the mentor programme. A withdrawal of
   * the consent to invitations cancels the invitations not yet sent.
   */
  async update(actor: Actor, id: string, dto: UpdateNewcomerDto): Promise<EnrolledNewcomer> {
    const newcomer = await this.transactions.run(async (tx) => {
      const newcomers = tx.get(NewcomersRepository);
      await newcomers.lock(id);
      const current = await newcomers.findById(id);
      if (!current || !holdsMunicipality(actor, current.municipalityCode)) throw new NotFoundError('Newcomer');
      const merged: Record<string, unknown> = { ...toBody(current) };
      if (dto.inIntroductionProgramme === true && !current.inIntroductionProgramme) {
        delete merged.education;
        delete merged.workYears;
      }
      for (const [key, value] of Object.entries(dto)) {
        if (value === null) delete merged[key];
        else if (value !== undefined) merged[key] = value;
      }
      const { value, errors } = await validateAs(CreateNewcomerDto, merged);
      if (errors.length) throw new InvalidInputError(errors);
      const rules = newcomerRuleErrors(value, this.today());
      if (rules.length) throw new InvalidInputError(rules);
      const consenting = value.consent.mentorProgramme;
      const waitingSince = !consenting
        ? null
        : current.consentMentorProgramme && current.waitingSince
          ? current.waitingSince
          : value.consent.givenOn;
      const updated = await newcomers.update(id, { ...toRow(value), waitingSince });
      // No invitation once they said no to them, or left no address to send one to.
      if (!updated.consentInvitations || updated.email === null) await newcomers.cancelPendingInvitations(id);
      return updated;
    });
    const [found] = await this.repository.withEnrolments([newcomer]);
    return found;
  }

  /**
   * Enrols the newcomer as a mentee of the programme: a participant registered through the
   * participants' own service (so every rule of a participant holds), carrying the newcomer's data,
   * and the link to the newcomer, in one transaction: a mentee is never left without the link.
   */
  async enrol(actor: Actor, id: string, programmeId: string): Promise<StandingParticipant> {
    const { newcomer } = await this.findVisible(actor, id);
    if (!newcomer.consentMentorProgramme) throw new InvalidInputError([mentorConsentMissing()]);
    const programme = await this.programmeOrNull(actor, programmeId);
    if (!programme?.municipalities.some((m) => m.code === newcomer.municipalityCode)) {
      throw new InvalidInputError([programmeMustCover(newcomer.municipalityCode)]);
    }
    if (await this.repository.isEnrolled(newcomer.id, programmeId)) throw new AlreadyEnrolledError();
    const { value, errors } = await validateAs(CreateParticipantDto, menteeBody(newcomer));
    if (errors.length) throw new InvalidInputError(errors);
    return this.transactions.run(async (tx) => {
      const mentee = await this.participants.registerIn(tx, actor, programmeId, value, {
        waitingSince: newcomer.waitingSince ?? undefined,
      });
      // Two enrolments at once both reach here only with different emails, which cannot be: the
      // participants' unique email per programme refuses the second registration with a 409.
      if (!(await tx.get(NewcomersRepository).link(newcomer.id, programmeId, mentee.participant.id))) {
        throw new AlreadyEnrolledError();
      }
      return mentee;
    });
  }

  private async programmeOrNull(actor: Actor, programmeId: string): Promise<Programme | null> {
    try {
      return await this.programmes.findVisibleById(actor, programmeId);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  async reach(actor: Actor, code: string, from?: string, to?: string): Promise<ReachResponse> {
    if (from && to && to < from) throw new InvalidInputError([periodBackwards()]);
    await this.assertMunicipality(actor, code);
    const rows = await this.repository.reach(code, from ?? null, to ?? null);
    return { municipalityCode: code, from: from ?? null, to: to ?? null, ...byCategory(rows) };
  }

  /**
   * Reach across municipalities for the lead's stats (admins and leads, who hold every municipality):
   * each municipality with a newcomer registered in the period, and the figures over them all.
   */
  async reachOverview(query: ReachOverviewQueryDto): Promise<ReachOverviewResponse> {
    const { from, to, municipalityCode } = query;
    const names = new Map((await this.municipalities.findAll()).map((m) => [m.code, m.name]));
    const errors: ErrorDetail[] = [];
    if (from && to && to < from) errors.push(periodBackwards());
    if (municipalityCode && !names.has(municipalityCode)) {
      errors.push(unknownMunicipalities('municipalityCode', [municipalityCode]));
    }
    if (errors.length) throw new InvalidInputError(errors);
    const rows = await this.repository.reachByMunicipality(
      municipalityCode ? [municipalityCode] : null,
      from ?? null,
      to ?? null,
    );
    const codes = new Set(rows.map((r) => r.municipalityCode));
    if (municipalityCode) codes.add(municipalityCode);
    const municipalities = [...codes]
      .map((code) => ({
        municipalityCode: code,
        name: names.get(code) ?? code,
        ...byCategory(rows.filter((r) => r.municipalityCode === code)),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb') || a.municipalityCode.localeCompare(b.municipalityCode));
    return { from: from ?? null, to: to ?? null, municipalities, ...byCategory(rows) };
  }
}

type ReachKey = 'registered' | 'reachedByEvening' | 'inMentorProgramme' | 'careerGuidanceDone';
const REACH_KEYS: readonly ReachKey[] = ['registered', 'reachedByEvening', 'inMentorProgramme', 'careerGuidanceDone'];

/** Each figure summed over the rows. */
function figures(rows: ReachRow[]): Record<ReachKey, number> {
  return Object.fromEntries(REACH_KEYS.map((key) => [key, rows.reduce((total, r) => total + r[key], 0)])) as Record<
    ReachKey,
    number
  >;
}

/** Rows summed by residence category (every category, in a fixed order, zeros included) and over all. */
function byCategory(rows: ReachRow[]): Pick<ReachResponse, 'byCategory' | 'total'> {
  return {
    byCategory: MENTEE_CATEGORIES.map((category) => ({
      category,
      ...figures(rows.filter((r) => r.category === category)),
    })),
    total: figures(rows),
  };
}

function toRow(dto: CreateNewcomerDto): Partial<Newcomer> {
  return {
    name: dto.name,
    email: dto.email ?? null,
    phone: dto.phone ?? null,
    preferredLanguage: dto.preferredLanguage,
    languages: dto.languages.map((l) => ({ code: l.code, level: l.level })),
    category: dto.category,
    arrivalMonth: dto.arrivalMonth,
    gender: dto.gender ?? null,
    birthYear: dto.birthYear ?? null,
    professionCode: dto.professionCode ?? null,
    desiredProfessionCode: dto.desiredProfessionCode ?? null,
    educationLevel: dto.education?.level ?? null,
    educationField: dto.education?.field ?? null,
    educationCountry: dto.education?.country ?? null,
    educationRecognition: dto.education?.recognition ?? null,
    workYears: dto.workYears ?? null,
    inIntroductionProgramme: dto.inIntroductionProgramme ?? false,
    guidanceStatus: dto.careerGuidance?.status ?? 'not_referred',
    guidanceReferredOn: dto.careerGuidance?.referredOn ?? null,
    guidanceDoneOn: dto.careerGuidance?.doneOn ?? null,
    consentRegister: dto.consent.register,
    consentInvitations: dto.consent.invitations,
    consentMentorProgramme: dto.consent.mentorProgramme,
    consentGivenOn: dto.consent.givenOn,
  };
}

/** A stored newcomer as the body that would register it, for re-validation after a change. */
function toBody(n: Newcomer): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: n.name,
    preferredLanguage: n.preferredLanguage,
    languages: n.languages,
    category: n.category,
    arrivalMonth: n.arrivalMonth,
    inIntroductionProgramme: n.inIntroductionProgramme,
    careerGuidance: withoutNulls({
      status: n.guidanceStatus,
      referredOn: n.guidanceReferredOn,
      doneOn: n.guidanceDoneOn,
    }),
    consent: {
      register: n.consentRegister,
      invitations: n.consentInvitations,
      mentorProgramme: n.consentMentorProgramme,
      givenOn: n.consentGivenOn,
    },
  };
  const optional = {
    email: n.email,
    phone: n.phone,
    gender: n.gender,
    birthYear: n.birthYear,
    professionCode: n.professionCode,
    desiredProfessionCode: n.desiredProfessionCode,
    workYears: n.workYears,
  };
  Object.assign(body, withoutNulls(optional));
  if (n.educationLevel) {
    body.education = withoutNulls({
      level: n.educationLevel,
      field: n.educationField,
      country: n.educationCountry,
      recognition: n.educationRecognition,
    });
  }
  return body;
}

function withoutNulls(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined));
}

/** The body that registers the newcomer as a mentee: their own data, nothing made up. */
function menteeBody(n: Newcomer): Record<string, unknown> {
  return withoutNulls({
    role: 'mentee',
    name: n.name,
    email: n.email,
    phone: n.phone,
    municipalityCode: n.municipalityCode,
    preferredLanguage: n.preferredLanguage,
    languages: n.languages,
    professionCode: n.professionCode,
    desiredProfessionCode: n.desiredProfessionCode,
    category: n.category,
    gender: n.gender,
    employmentStatusAtStart: n.inIntroductionProgramme ? 'introduction_programme' : null,
  });
}
