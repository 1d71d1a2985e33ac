// Generated from the service's OpenAPI document by `npm run api:client`. Do not edit.

export interface paths {
  '/api/v1/admin/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit log: every read and change of a person's record, match decision and login
     * @description Filters combine (all must hold); newest first, paged by limit (default 100, at most 1,000) and offset. from is inclusive, to exclusive.
     */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/audit.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same rows as CSV, the columns named as the JSON fields
     * @description Filters combine (all must hold); newest first, paged by limit (default 100, at most 1,000) and offset. from is inclusive, to exclusive. UTF-8 with a byte-order mark; ?separator=semicolon for Excel with Norwegian settings.
     */
    get: operations['AuditController_csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/dashboard-session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Let this browser into the queue dashboard (/api/v1/admin/queues) for 15 minutes with the admin's session
     * @description Sets the mentornett_dashboard cookie (HttpOnly, SameSite=Strict, Path=/api/v1/admin/queues), which the dashboard takes as well as HTTP Basic. It stops working after 15 minutes, when the console session of the token ends, or when the user is no longer an admin.
     */
    post: operations['DashboardSessionController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every email decided, newest first: what was sent, what waits, what failed and why */
    get: operations['MailController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reminders/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run the reminder sweep by hand, as if the clock read asOf
     * @description The daily sweep does the same at 09:00 in each programme’s time zone. Running it twice sends nothing twice.
     */
    post: operations['RemindersController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in with email and password; returns a short-lived access token and opens a console session
     * @description Sets the mentornett_session cookie (HttpOnly, SameSite=Strict, Path=/api/v1/auth) that POST /auth/refresh renews.
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End the session of the cookie (and of the bearer token, if one comes) and clear the cookie
     * @description Reads the mentornett_session cookie; answers 204 and clears it even when no session was open.
     */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's own account */
    get: operations['AuthController_account'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the caller's own name or language */
    patch: operations['AuthController_updateAccount'];
    trace?: never;
  };
  '/api/v1/auth/mfa': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's second factor: on or off, required for their role, recovery codes left */
    get: operations['MfaController_status'];
    put?: never;
    /**
     * The second step of a login: the mfaToken of POST /auth/login and a code; completes the login
     * @description Answers as POST /auth/login does without a second factor (access token, user, the mentornett_session cookie). The code is the one the authenticator app shows now (each is taken once) or a recovery code (each works once). When the login answered enrolRequired, the code (of the app) confirms the new factor and the answer adds the ten recovery codes. Wrong codes count toward the account lockout like wrong passwords.
     */
    post: operations['MfaController_login'];
    /**
     * Turn the second factor off, with a current code of the app or a recovery code
     * @description A code, not the password: an open browser or a stolen access token alone cannot remove the factor. An enrolment never confirmed is dropped whatever the code. A role in MFA_REQUIRED_ROLES enrols again at the next login.
     */
    delete: operations['MfaController_disable'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/mfa/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the enrolment with a code of the app; answers ten one-time recovery codes, shown this once */
    post: operations['MfaController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/mfa/enrol': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start enrolling a second factor (TOTP): a new secret for an authenticator app
     * @description Nothing changes at login until POST /auth/mfa/confirm. Calling it again before confirming starts over with a new secret.
     */
    post: operations['MfaController_enrol'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The identity provider's answer: opens a console session and redirects to the console
     * @description Sets the mentornett_session cookie, as POST /auth/login does, and redirects to the login's returnTo. Only a user an admin created, not disabled, whose email the provider reports verified (email_verified), signs in. Anything else redirects to /login?sso=<code>: unavailable, failed, denied, unverified or no_account.
     */
    get: operations['OidcController_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Sign in with the municipality account: redirects to the identity provider (when OIDC_ISSUER is set)
     * @description Sets the short-lived mentornett_oidc cookie (HttpOnly, SameSite=Lax, Path=/api/v1/auth/oidc) for the callback. When the provider cannot be reached, redirects to /login?sso=unavailable instead.
     */
    get: operations['OidcController_login'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How one may log in: whether single sign-on (GET /auth/oidc/login) is offered */
    get: operations['AuthController_options'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the caller's password; their other sessions end, this one stays */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new access token for the session of the cookie (no body); the cookie gets a new value
     * @description Reads the mentornett_session cookie only (no bearer token, no body). The old cookie value stops working. Presenting a value that was already replaced ends the whole session. A session ends after SESSION_IDLE_MINUTES without a refresh and SESSION_MAX_HOURS after its login. Refresh one request at a time: two at once with the same value count as a replaced value presented again.
     */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a theme evening; a new time or place is sent to the invitees again, a new title alone is not
     * @description The invitation of a new version has the same calendar UID and a higher SEQUENCE. Admins, leads, and coordinators of the municipality; anyone else gets 404.
     */
    patch: operations['ThemeEveningsController_update'];
    trace?: never;
  };
  '/api/v1/events/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Record who attended: the municipality's newcomers and participants living there (replaces the lists)
     * @description An id that is not one of them is a 400 naming its field. Admins, leads, and coordinators of the municipality; anyone else gets 404.
     */
    put: operations['ThemeEveningsController_setAttendance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gatherings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change or move a gathering */
    patch: operations['GatheringsController_update'];
    trace?: never;
  };
  '/api/v1/gatherings/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who attended (a coordinator sees their municipalities' share) */
    get: operations['GatheringsController_attendance'];
    /** Record who attended; a coordinator sets their municipalities' participants only */
    put: operations['GatheringsController_setAttendance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 200 when PostgreSQL and Redis answer, 503 otherwise */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One pair */
    get: operations['MatchingController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matches/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a proposed pair; it is active from startsOn */
    post: operations['MatchingController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matches/{id}/certificate.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The mentee's certificate (kursbevis) of a completed pair, as a one-page PDF
     * @description Only for a completed pair that meets the programme’s completion rule (409 names what it falls short of), and whose mentee was not erased (409 participant_erased). It carries a verification code, issued with the first copy and the same on every later one, which GET /certificates/:code confirms. A coordinator gets only pairs whose mentee lives in their municipalities.
     */
    get: operations['CertificatesController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matches/{id}/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Each month of the pair so far against the programme's minimum
     * @description Months are calendar months in the programme's time zone, from the pair's first month to the current one (or the last, once the pair is over). A partly active month requires round-half-up of minimum × active days / days.
     */
    get: operations['MeetingsController_compliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matches/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End an approved pair: completed, or ended early */
    post: operations['MatchingController_end'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matches/{id}/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The pair's meetings, oldest first */
    get: operations['MeetingsController_list'];
    put?: never;
    /** Log a meeting of an approved pair */
    post: operations['MeetingsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matches/{id}/pauses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The pair's pauses, earliest first */
    get: operations['MatchPausesController_list'];
    put?: never;
    /**
     * Pause a pair (sick leave, travel): its paused days are not active days of the month rule
     * @description From and to (inclusive) lie within the pair's active span, from not after to; a pause may not overlap another pause of the pair (409 pause_overlaps, naming from). A pair that never started: 409.
     */
    post: operations['MatchPausesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matches/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a proposed pair; it is never proposed again */
    post: operations['MatchingController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every municipality with the coordinates of its administrative centre */
    get: operations['MunicipalitiesController_list'];
    put?: never;
    /** Add a municipality (admin) */
    post: operations['MunicipalitiesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A municipality's theme evenings, latest first, with their attendance
     * @description Admins, leads, and coordinators of the municipality; anyone else gets 404.
     */
    get: operations['ThemeEveningsController_list'];
    put?: never;
    /**
     * Plan a «Ny i Norge» theme evening; invitations go out when it lies ahead
     * @description Invited by email (event_invite, with an .ics): the newcomers of the municipality who consented to invitations, and the participants living there of programmes running on the evening’s day (Oslo), each in their language (nb, nn, en; others get English), once per version of the evening. Admins, leads, and coordinators of the municipality; anyone else gets 404.
     */
    post: operations['ThemeEveningsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/info': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The municipality's information pages: languages, titles and last edits */
    get: operations['InfoPagesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/info/{language}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One information page with its Markdown, to edit */
    get: operations['InfoPagesController_get'];
    /** Write the page in this language (created when new); public at once */
    put: operations['InfoPagesController_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/info/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Markdown rendered and sanitised as the public page would show it; stores nothing */
    post: operations['InfoPagesController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/newcomers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A municipality's newcomer register, by name; filters combine
     * @description Admins, leads, and coordinators of the municipality; anyone else gets 404.
     */
    get: operations['NewcomersController_list'];
    put?: never;
    /**
     * Register a newcomer, whatever their basis of residence (consent to the register required)
     * @description Admins, leads, and coordinators of the municipality; anyone else gets 404.
     */
    post: operations['NewcomersController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/reach': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Reach by residence category: registered, reached by an evening, in a mentor programme, guidance done
     * @description Counts the newcomers registered in the period (days in Europe/Oslo, either end open), and of them those who attended a theme evening held in the period, those enrolled in a mentor programme and those whose career guidance is done. Admins, leads, and coordinators of the municipality; anyone else gets 404.
     */
    get: operations['NewcomersController_reach'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/reach.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same figures as CSV, one residence category a line and a total line
     * @description UTF-8 with a byte-order mark; ?separator=semicolon for Excel with Norwegian settings. Admins, leads, and coordinators of the municipality; anyone else gets 404.
     */
    get: operations['NewcomersController_reachCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The municipality's newcomer team (tilflytterteam), by name */
    get: operations['TeamController_list'];
    put?: never;
    /** Add a member to the newcomer team; they get its emails, they do not log in */
    post: operations['TeamController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/waiting-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Newcomers who consented to the mentor programme and are in none, longest waiting first
     * @description Waiting since the day of that consent. Admins, leads, and coordinators of the municipality; anyone else gets 404.
     */
    get: operations['NewcomersController_waitingList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/newcomers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One newcomer
     * @description Admins, leads, and coordinators of the municipality; anyone else gets 404.
     */
    get: operations['NewcomersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a newcomer; an object field is replaced whole; null clears an optional field
     * @description Setting inIntroductionProgramme to true drops the stored education and workYears (the mapping is in the state's register); a body that sends them with it is refused. Admins, leads, and coordinators of the municipality; anyone else gets 404.
     */
    patch: operations['NewcomersController_update'];
    trace?: never;
  };
  '/api/v1/newcomers/{id}/enrol': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enrol the newcomer as a mentee of a programme that covers their municipality
     * @description Registers a mentee with the newcomer’s data by the rules of POST /programmes/:id/participants; a field a mentee needs and the newcomer lacks (email, professionCode) is a 400 naming it. The newcomer leaves the waiting list. Admins, leads, and coordinators of the municipality; anyone else gets 404.
     */
    post: operations['NewcomersController_enrol'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/newcomers/{id}/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a newcomer of the register for good (name, email, phone, field of education) */
    post: operations['PrivacyController_eraseNewcomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/newcomers/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every record about a newcomer of the register, as JSON */
    get: operations['PrivacyController_exportNewcomer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One participant */
    get: operations['ParticipantsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a participant (a coordinator: only in their own municipalities); null clears an optional field */
    patch: operations['ParticipantsController_update'];
    trace?: never;
  };
  '/api/v1/participants/{id}/candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mentors for a mentee, ranked by score; limit=0 lists every mentor with what blocks it */
    get: operations['MatchingController_candidates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Erase a participant for good, keeping their statistical attributes
     * @description Name, email and phone are replaced; the free text about them (the notes of their pairs’ meetings, the reasons their pairs were rejected or ended) is cleared; emails pending to them or about their pairs are cancelled and the outbox keeps no address of theirs; the signed links of their pairs stop working. The role, programme, municipality, category, gender, professions, languages, employment statuses, pairs, meetings and attendance stay, so every figure of the stats stays the same.
     */
    post: operations['PrivacyController_eraseParticipant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every record about a participant, as JSON (a coordinator: their municipalities' participants) */
    get: operations['PrivacyController_exportParticipant'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}/screening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Record a mentor's screening: police certificate seen, confidentiality declaration signed (dates only)
     * @description Both dates as a whole: one left out or null is cleared. Dates are not in the future. Mentors only (400 naming the field for a mentee). The documents themselves are not stored. A coordinator: only in their own municipalities.
     */
    put: operations['ParticipantsController_putScreening'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pauses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a pause: its days count as active days again */
    delete: operations['PausesController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/professions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The ISCO-08 (STYRK-08) groups, for picking a participant's profession
     * @description With q, the groups it finds, best first; a search box asks for the top hits with limit (e.g. limit=20). Without q, every group in code order. Titles are in English and bokmål; nynorsk (lang=nn) reads bokmål.
     */
    get: operations['ProfessionsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Programmes (a coordinator sees those that include one of their municipalities) */
    get: operations['ProgrammesController_list'];
    put?: never;
    /** Create a programme with its kickoff, midway and closing gatherings */
    post: operations['ProgrammesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One programme */
    get: operations['ProgrammesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a programme; moving its dates moves the standard gatherings with them */
    patch: operations['ProgrammesController_update'];
    trace?: never;
  };
  '/api/v1/programmes/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The whole programme as one JSON document, for the municipality's archive
     * @description The programme, every participant (contact details included; an erased one without them), the pairs, the meetings, the gatherings with their attendance, and the stats of GET /programmes/:id/stats. Audited as a read of every participant (participant.archive).
     */
    get: operations['PrivacyController_archive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/attention': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What needs attention in a programme: waiting mentees, old proposals, pairs behind, gatherings
     * @description A coordinator gets the pairs whose mentee lives in one of their municipalities. Their counts of mentees and proposals are of their municipalities too; gatherings are the programme’s.
     */
    get: operations['PairsController_attention'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/gatherings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The programme's gatherings, in time order */
    get: operations['ProgrammesController_listGatherings'];
    put?: never;
    /** Add an extra gathering (kind "other") */
    post: operations['ProgrammesController_createGathering'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The programme's pairs (a coordinator: those of their mentees) */
    get: operations['MatchingController_list'];
    put?: never;
    /** Propose a pair by hand; it is scored and must keep the hard rules */
    post: operations['MatchingController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/pairs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every pair of a programme with each month’s standing, those that need attention first
     * @description Approved, completed and ended pairs (not proposals or rejections). A coordinator gets the pairs whose mentee lives in one of their municipalities. Order: two months missed, then last month missed, then no meeting for 30 days, then the rest; within each, by mentee name.
     */
    get: operations['PairsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/participants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Participants of a programme (a coordinator: their municipalities' and every mentor)
     * @description Filters combine (all must hold); without limit and offset the whole list. A coordinator's filters apply within what they see: their municipalities' participants and every mentor of the programme.
     */
    get: operations['ParticipantsController_list'];
    put?: never;
    /** Register a mentor or mentee (a coordinator: in their own municipalities) */
    post: operations['ParticipantsController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/participants/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import participants from CSV, one a row
     * @description Columns (header row, comma or semicolon separated): role, name, email, phone, municipalityCode, preferredLanguage, languages, professionCode, desiredProfessionCode, capacity, category, gender, wantsSameGender, employmentStatusAtStart, birthYear. languages is written "ar:native;nb:A2". Every row is validated as POST /programmes/:id/participants is. Rows with errors are reported and not stored; the other rows are stored together. Rows are numbered as in a spreadsheet: the header is row 1.
     */
    post: operations['ParticipantsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/proposal-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The last proposal runs of a programme, newest first (at most 20), with why mentees were left out
     * @description A coordinator gets the runs that covered one of their municipalities, each with only their mentees left out.
     */
    get: operations['MatchingController_runs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Propose pairs: the best set of pairs for every mentee without a mentor (a coordinator: their mentees)
     * @description First as many mentees matched as possible, then the largest total score, keeping every hard rule. Undecided proposals of earlier runs for the same mentees are replaced; approved and rejected pairs stay.
     */
    post: operations['MatchingController_propose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/report.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The funder report as CSV, one figure a line (section, item, metric, value)
     * @description Participants by gender, residence category, municipality and age band (from the optional birthYear, age in the programme’s first year: under 25, 25–34, 35–44, 45–54, 55+, unknown); pairs started, completed and ended early; meetings and hours; gathering attendance; survey means; the mentees’ employment at the start, at the end and 3, 6 and 12 months after (from the follow-up surveys); and how many say the programme helped them into work or education (each mentee’s latest answer). The whole programme: admins and leads only. UTF-8 with a byte-order mark; ?separator=semicolon for Excel with Norwegian settings.
     */
    get: operations['ReportsController_csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The funder report on one A4 page, with two bar charts, in bokmål, nynorsk or English
     * @description Participants by gender, residence category, municipality and age band (from the optional birthYear, age in the programme’s first year: under 25, 25–34, 35–44, 45–54, 55+, unknown); pairs started, completed and ended early; meetings and hours; gathering attendance; survey means; the mentees’ employment at the start, at the end and 3, 6 and 12 months after (from the follow-up surveys); and how many say the programme helped them into work or education (each mentee’s latest answer). The whole programme: admins and leads only. ?lang=nb|nn|en; without it, the caller's preferredLanguage.
     */
    get: operations['ReportsController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Completion, meeting compliance, gatherings, reach and employment of a programme
     * @description A coordinator gets their municipalities’ share: the participants living there and the pairs whose mentee lives there.
     */
    get: operations['StatsController_programme'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/stats.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same figures as CSV, one figure a line (section, item, metric, value)
     * @description A coordinator gets their municipalities’ share: the participants living there and the pairs whose mentee lives there. UTF-8 with a byte-order mark; ?separator=semicolon for Excel with Norwegian settings.
     */
    get: operations['StatsController_programmeCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/{id}/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The survey results of a programme: one entry per survey kind
     * @description midway_survey and closing_survey go to every mentor and mentee of a pair active on the day of the midway and closing gathering, followup_survey to each mentee 3, 6 and 12 months after their pair ended. `sent` counts the emails sent, `answered` the people who answered. A coordinator gets their municipalities’ share: the people living there.
     */
    get: operations['SurveysController_results'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reach': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Reach by residence category in every municipality, for the stats beside the programmes
     * @description The figures of GET /municipalities/:code/reach for each municipality with a newcomer registered in the period (or only the one asked for), and over them all. Admins and leads.
     */
    get: operations['NewcomersController_reachOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every programme side by side over a period, optionally one municipality’s share
     * @description A programme is in the period when it runs on at least one of its days.
     */
    get: operations['StatsController_overview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same as CSV: one programme a line, each column named by its JSON path
     * @description UTF-8 with a byte-order mark; ?separator=semicolon for Excel with Norwegian settings.
     */
    get: operations['StatsController_overviewCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/team-members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member from the newcomer team */
    delete: operations['TeamMembersController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List user accounts (admin) */
    get: operations['UsersController_list'];
    put?: never;
    /** Create a user account (admin) */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a user account: name, role, municipalities, disabled (admin)
     * @description A change of role or municipalities, or disabling, ends the user's sessions, and every access token issued to them before it answers 401 from then on.
     */
    patch: operations['UsersController_update'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ApiErrorDetail: {
      /**
       * @description Stable code of the rule broken; the console writes the message from it in the reader's language. Every code and its params: ERROR_CODES in src/common/error-codes.ts
       * @example must_be_one_of
       */
      code: components['schemas']['ErrorCode'];
      /**
       * @description Full path of the field it is about (languages.1.level, rules.weights.profession, a query or path parameter), or null when it is about no one field
       * @example languages.1.level
       */
      field: string | null;
      /**
       * @description The English sentence; the entry of `message` at the same index
       * @example languages.1.level must be one of A1, A2, B1, B2, C1, C2, native
       */
      message: string;
      /**
       * @description The values the message needs, by name: {min, max} of a range or length, {allowed} of a choice, {startDate, endDate}, {status}, ... ({} when the code says it all)
       * @example {
       *       "allowed": [
       *         "A1",
       *         "A2",
       *         "B1",
       *         "B2",
       *         "C1",
       *         "C2",
       *         "native"
       *       ]
       *     }
       */
      params: {
        [key: string]: unknown;
      };
    };
    ApiErrorResponse: {
      /**
       * @description The HTTP reason phrase
       * @example Bad Request
       */
      error: string;
      /** @description Each problem with its field, code and params, one per sentence of `message` */
      errors: components['schemas']['ApiErrorDetail'][];
      /** @description English: a 400 of invalid input lists one sentence per problem (the same, in order, as `errors`); other errors give one sentence */
      message: string | string[];
      /** @description Of a 500: the request id to quote when reporting it */
      requestId?: string;
      /**
       * @description The HTTP status
       * @example 400
       */
      statusCode: number;
    };
    ApproveMatchDto: {
      /**
       * @description First day the pair is active, YYYY-MM-DD, within the programme (default: the later of the programme start and today)
       * @example 2027-01-20
       */
      startsOn?: string;
    };
    AttendanceDto: {
      /** @description Every participant who attended (replaces the list you may change) */
      participantIds: string[];
    };
    AttendanceResponse: {
      /**
       * Format: uuid
       * @description Gathering id
       */
      gatheringId: string;
      /** @description Participants recorded as attending (a coordinator sees their municipalities' share) */
      participantIds: string[];
    };
    AttentionGatheringResponse: {
      /**
       * Format: uuid
       * @description Gathering id
       */
      id: string;
      /** @description kickoff, midway, closing or other */
      kind: components['schemas']['GatheringKind'];
      /**
       * Format: date-time
       * @description Start, ISO 8601 with the programme time zone's offset
       */
      startsAt: string;
      /** @description Title shown in invitations */
      title: string;
    };
    /** @enum {string} */
    AuditAction:
      | 'participant.read'
      | 'participant.list'
      | 'participant.create'
      | 'participant.update'
      | 'participant.import'
      | 'participant.candidates'
      | 'participant.export'
      | 'participant.erase'
      | 'newcomer.export'
      | 'newcomer.erase'
      | 'participant.archive'
      | 'retention.erase'
      | 'participant.conflict'
      | 'match.propose'
      | 'match.approve'
      | 'match.reject'
      | 'match.end'
      | 'meeting.create'
      | 'pause.create'
      | 'pause.delete'
      | 'survey.answer'
      | 'auth.login'
      | 'auth.login_failed'
      | 'auth.locked'
      | 'user.create'
      | 'user.update';
    AuditEntryResponse: {
      /** @description What was done */
      action: components['schemas']['AuditAction'];
      /**
       * Format: uuid
       * @description The account that did it; null for a signed link or a failed login
       */
      actorId: string | null;
      /** @description The account's role then */
      actorRole: string | null;
      /**
       * Format: date-time
       * @description When it happened
       */
      at: string;
      /**
       * Format: uuid
       * @description Row id
       */
      id: string;
      /** @description The municipality of the person (of the mentee, for a pair) */
      municipalityCode?: string;
      /**
       * Format: uuid
       * @description The programme it belongs to
       */
      programmeId?: string;
      /** @description The request it happened in (X-Request-Id); null for a job */
      requestId: string | null;
      /**
       * Format: uuid
       * @description Its id
       */
      subjectId: string | null;
      /** @description What kind of thing it was done to; null when there is none (a failed login of an unknown email) */
      subjectType: components['schemas']['AuditSubjectType'] | null;
    };
    /**
     * @description What kind of thing it was done to; null when there is none (a failed login of an unknown email)
     * @enum {string}
     */
    AuditSubjectType: 'participant' | 'newcomer' | 'match' | 'meeting' | 'user';
    AuthOptionsResponse: {
      /** @description Single sign-on with the municipality account is configured: GET /auth/oidc/login starts it */
      oidc: boolean;
    };
    BreakdownResponse: {
      /** @description Best shared language, by the weaker level */
      language: components['schemas']['ComponentResponse'];
      /** @description Distance between the municipality centres */
      location: components['schemas']['ComponentResponse'];
      /** @description Profession (ISCO-08 groups) */
      profession: components['schemas']['ComponentResponse'];
    };
    CandidateResponse: {
      /** @description Whether the pair keeps every hard rule */
      allowed: boolean;
      /**
       * @description The hard rule that blocks the pair
       * @enum {string}
       */
      blockedBy?: 'no_common_language' | 'too_far' | 'gender_mismatch' | 'rejected' | 'mentor_full';
      /** @description The components and their reasons */
      breakdown: components['schemas']['BreakdownResponse'];
      /**
       * Format: uuid
       * @description The mentor
       */
      mentorId: string;
      /** @description Weighted score of the pair */
      score: number;
    };
    CareerGuidanceDto: {
      /** @description Day the guidance was done (status done only; not before referredOn) */
      doneOn?: string;
      /**
       * @description Day of the referral (not with not_referred)
       * @example 2026-10-01
       */
      referredOn?: string;
      /**
       * @description Referral to career guidance (karriereveiledning)
       * @enum {string}
       */
      status: 'not_referred' | 'referred' | 'done' | 'declined';
    };
    CareerGuidanceResponse: {
      /**
       * Format: date
       * @description Day the guidance was given
       */
      doneOn: string | null;
      /**
       * Format: date
       * @description Day of the referral
       */
      referredOn: string | null;
      /**
       * @description Referral to career guidance: not referred, referred, done or declined
       * @enum {string}
       */
      status: 'not_referred' | 'referred' | 'done' | 'declined';
    };
    CategoryReach: {
      /** @description Of them, with career guidance done */
      careerGuidanceDone: number;
      /**
       * @description Basis of residence
       * @enum {string}
       */
      category: 'refugee' | 'family' | 'labour_eea' | 'labour_non_eea' | 'labour_spouse' | 'other';
      /** @description Of them, enrolled in a mentor programme */
      inMentorProgramme: number;
      /** @description Of them, attended a theme evening held in the period */
      reachedByEvening: number;
      /** @description Newcomers registered */
      registered: number;
    };
    ChangePasswordDto: {
      /** @description The password the caller has now */
      currentPassword: string;
      /** @description The new password, 12 to 200 characters; stored only as an argon2id hash */
      newPassword: string;
    };
    CompletionRuleDto: {
      /** @description Gatherings the mentee must have attended (default 2) */
      minGatherings?: number;
      /** @description Hours of meetings the pair must have logged (default 24) */
      minHours?: number;
      /** @description Meetings the pair must have logged (default 12) */
      minMeetings?: number;
    };
    CompletionRuleResponse: {
      /** @description Gatherings the mentee must have attended */
      minGatherings: number;
      /** @description Hours of meetings the pair must have logged */
      minHours: number;
      /** @description Meetings the pair must have logged */
      minMeetings: number;
    };
    ComplianceMonthResponse: {
      /** @description Pairs active on at least one day of the month */
      activePairs: number;
      /** @description false for the month still running: its figures can still rise */
      closed: boolean;
      /**
       * @description Calendar month in the programme's time zone
       * @example 2027-02
       */
      month: string;
      /** @description Of those, pairs that met the month's requirement (GET /matches/:id/compliance) */
      pairsMeetingMinimum: number;
      /** @description pairsMeetingMinimum ÷ activePairs, 4 decimals; null without active pairs */
      rate: number | null;
    };
    ComponentResponse: {
      /** @description Stable code of the reason, for translation */
      code: Record<string, never>;
      /** @description Parameters of the reason (group, language and level, km, ...) */
      params: Record<string, never>;
      /** @description The reason in plain English */
      reason: string;
      /** @description Component score in [0, 1] */
      score: number;
      /** @description Weight of the component in the programme rules */
      weight: number;
    };
    ConsentDto: {
      /**
       * @description Day the consent was given (not in the future)
       * @example 2026-10-01
       */
      givenOn: string;
      /** @description Consent to invitations (theme evenings) */
      invitations: boolean;
      /** @description Consent to the mentor programme: puts the newcomer on the waiting list */
      mentorProgramme: boolean;
      /**
       * @description Consent to be kept in the register: must be true, or there is no record
       * @enum {boolean}
       */
      register: true;
    };
    ConsentResponse: {
      /**
       * Format: date
       * @description Day the consent was recorded
       */
      givenOn: string;
      /** @description Consent to invitations to theme evenings */
      invitations: boolean;
      /** @description Consent to being offered a mentor */
      mentorProgramme: boolean;
      /**
       * @description Consent to being in the register: always true (no record without it)
       * @enum {boolean}
       */
      register: true;
    };
    CreateGatheringDto: {
      /**
       * @description End, ISO 8601 with offset (default three hours after the start)
       * @example 2027-06-10T20:00:00+02:00
       */
      endsAt?: string;
      /**
       * @description Always "other": the kickoff, midway and closing come with the programme
       * @enum {string}
       */
      kind?: 'other';
      /**
       * @description Where it is held
       * @example Sortland kulturhus
       */
      location?: string;
      /**
       * @description Start, ISO 8601 with offset
       * @example 2027-06-10T17:00:00+02:00
       */
      startsAt: string;
      /**
       * @description Title shown in invitations
       * @example Sommeravslutning
       */
      title: string;
    };
    CreateMatchDto: {
      /**
       * Format: uuid
       * @description The mentee
       */
      menteeId: string;
      /**
       * Format: uuid
       * @description The mentor
       */
      mentorId: string;
    };
    CreateMeetingDto: {
      /**
       * @description The day the pair met, YYYY-MM-DD in the programme's time zone: within the programme, not in the future
       * @example 2027-02-10
       */
      date: string;
      /** @description How long they met, in minutes */
      durationMinutes: number;
      /** @description A short note for the coordinator */
      note?: string;
    };
    CreateMunicipalityDto: {
      /**
       * @description Kommunenummer, four digits
       * @example 1870
       */
      code: string;
      /**
       * @description County (fylke)
       * @example Nordland
       */
      county: string;
      /**
       * @description Latitude of the administrative centre, WGS84 degrees
       * @example 68.6973
       */
      lat: number;
      /**
       * @description Longitude of the administrative centre, WGS84 degrees
       * @example 15.4131
       */
      lon: number;
      /**
       * @description Name of the municipality
       * @example Sortland
       */
      name: string;
    };
    CreateNewcomerDto: {
      /**
       * @description Month of arrival in the municipality, YYYY-MM
       * @example 2026-09
       */
      arrivalMonth: string;
      /**
       * @description Year of birth (1900 to this year)
       * @example 1990
       */
      birthYear?: number;
      /** @description Career guidance; default {status: not_referred} */
      careerGuidance?: components['schemas']['CareerGuidanceDto'];
      /**
       * @description Basis of residence (never ethnicity or religion)
       * @enum {string}
       */
      category: 'refugee' | 'family' | 'labour_eea' | 'labour_non_eea' | 'labour_spouse' | 'other';
      /** @description Consent per purpose; register must be true */
      consent: components['schemas']['ConsentDto'];
      /**
       * @description ISCO-08 code of the profession they aim for
       * @example 5321
       */
      desiredProfessionCode?: string;
      /** @description Competence mapping: education. Not with inIntroductionProgramme (the mapping is in the state’s register) */
      education?: components['schemas']['EducationDto'];
      /**
       * @description Email (needed to enrol as a mentee)
       * @example olena@example.org
       */
      email?: string;
      /**
       * @description Gender
       * @enum {string}
       */
      gender?: 'female' | 'male' | 'other';
      /**
       * @description In the introduction programme: their competence mapping lives in the state’s register
       * @default false
       */
      inIntroductionProgramme: boolean;
      /** @description Languages spoken, each code at most once, at least one */
      languages: components['schemas']['LanguageSkillDto'][];
      /**
       * @description Full name
       * @example Olena Kovalenko
       */
      name: string;
      /**
       * @description Phone number
       * @example +47 912 34 567
       */
      phone?: string;
      /**
       * @description ISO 639-1 code of the language to write to them in
       * @example uk
       */
      preferredLanguage: string;
      /**
       * @description ISCO-08 (STYRK-08) code of the profession (needed to enrol)
       * @example 2221
       */
      professionCode?: string;
      /** @description Competence mapping: years of work. Not with inIntroductionProgramme */
      workYears?: number;
    };
    CreateParticipantDto: {
      /**
       * @description Year of birth (1900 to this year), for the funder report's age bands only
       * @example 1990
       */
      birthYear?: number;
      /** @description Mentor only: how many mentees they take (1-10, default 1) */
      capacity?: number;
      /**
       * @description Mentee only: basis of residence, reported for reach (never ethnicity or religion)
       * @enum {string}
       */
      category?: 'refugee' | 'family' | 'labour_eea' | 'labour_non_eea' | 'labour_spouse' | 'other';
      /**
       * @description Mentee only: ISCO-08 code of the profession they aim for
       * @example 5321
       */
      desiredProfessionCode?: string;
      /**
       * @description Email for reminders and invitations; unique within the programme
       * @example amina@example.org
       */
      email: string;
      /**
       * @description Employment when the programme starts
       * @enum {string}
       */
      employmentStatusAtStart?: 'unemployed' | 'introduction_programme' | 'education' | 'part_time' | 'full_time';
      /**
       * @description Gender; needed when the mentee asks for a mentor of the same gender
       * @enum {string}
       */
      gender?: 'female' | 'male' | 'other';
      /** @description Languages spoken, each code at most once, at least one */
      languages: components['schemas']['LanguageSkillDto'][];
      /**
       * @description Kommunenummer where the participant lives; one of the programme's municipalities
       * @example 1870
       */
      municipalityCode: string;
      /**
       * @description Full name
       * @example Amina Hassan
       */
      name: string;
      /**
       * @description Phone number
       * @example +47 912 34 567
       */
      phone?: string;
      /**
       * @description ISO 639-1 code of the language emails are written in
       * @example nb
       */
      preferredLanguage: string;
      /**
       * @description ISCO-08 (STYRK-08) code of the profession, 1 to 4 digits
       * @example 2221
       */
      professionCode: string;
      /**
       * @description mentor (a local working professional) or mentee (a newcomer)
       * @enum {string}
       */
      role: 'mentor' | 'mentee';
      /**
       * @description Mentee only: asks for a mentor of the same gender
       * @default false
       */
      wantsSameGender: boolean;
    };
    CreatePauseDto: {
      /**
       * @description First paused day, YYYY-MM-DD in the programme's time zone, within the pair's active span
       * @example 2027-03-20
       */
      from: string;
      /** @description A short note for the coordinator */
      note?: string;
      /**
       * @description Why the pair pauses
       * @enum {string}
       */
      reason: 'sick_leave' | 'travel' | 'other';
      /**
       * @description Last paused day (inclusive), not before from, within the span
       * @example 2027-04-10
       */
      to: string;
    };
    CreateProgrammeDto: {
      /**
       * @description Last day, YYYY-MM-DD (default 8 months after startDate); the closing seminar is held on it
       * @example 2027-09-15
       */
      endDate?: string;
      /**
       * @description Kommunenummer of the municipalities the programme covers
       * @example [
       *       "1851",
       *       "1866",
       *       "1867",
       *       "1868",
       *       "1870",
       *       "1871"
       *     ]
       */
      municipalityCodes: string[];
      /**
       * @description Name of the programme (cohort)
       * @example Mentorprogram Vesterålen 2027
       */
      name: string;
      /** @description Programme rules; each one left out takes its default */
      rules?: components['schemas']['ProgrammeRulesDto'];
      /**
       * @description First day, YYYY-MM-DD; the kickoff seminar is held on it
       * @example 2027-01-15
       */
      startDate: string;
      /**
       * @description IANA time zone of the programme (default Europe/Oslo)
       * @example Europe/Oslo
       */
      timezone?: string;
    };
    CreateTeamMemberDto: {
      /**
       * @description Where the team's emails go; once per municipality
       * @example ingrid@sortland.kommune.no
       */
      email: string;
      /**
       * @description Full name
       * @example Ingrid Hansen
       */
      name: string;
      /**
       * @description The organisation they come from
       * @example Sortland kommune, NAV
       */
      organisation: string;
      /**
       * @description The sector of their organisation
       * @enum {string}
       */
      sector: 'municipal' | 'voluntary' | 'business' | 'other';
    };
    CreateThemeEveningDto: {
      /**
       * @description End, ISO 8601 with offset; after the start, within a day
       * @example 2027-02-10T20:00:00+01:00
       */
      endsAt: string;
      /**
       * @description Where it is held
       * @example Sortland bibliotek
       */
      location: string;
      /** @description Partners of the evening (may be empty) */
      partners: components['schemas']['EventPartnerDto'][];
      /**
       * @description Start, ISO 8601 with offset
       * @example 2027-02-10T18:00:00+01:00
       */
      startsAt: string;
      /**
       * @description The theme of the evening
       * @enum {string}
       */
      theme: 'school_education' | 'health_family' | 'voluntary_work' | 'other';
      /**
       * @description Title shown in invitations
       * @example Skole og utdanning i Norge
       */
      title: string;
    };
    CreateUserDto: {
      /**
       * @description Login email; unique, compared without regard to case
       * @example kari@sortland.kommune.no
       */
      email: string;
      /**
       * @description Kommunenummer of the municipalities a coordinator holds (required for, and only for, coordinators)
       * @example [
       *       "1870",
       *       "1866"
       *     ]
       */
      municipalityCodes?: string[];
      /**
       * @description Full name, shown in the console
       * @example Kari Nordmann
       */
      name: string;
      /** @description Password, 12 to 200 characters; stored only as an argon2id hash */
      password: string;
      /**
       * @description The language of the console and of the emails the user gets: bokmål, nynorsk or English
       * @default nb
       */
      preferredLanguage: components['schemas']['UserLanguage'];
      /** @description admin: everything; lead: all programmes; coordinator: only the municipalities held */
      role: components['schemas']['UserRole'];
    };
    EducationDto: {
      /**
       * @description ISO 3166-1 alpha-2 code of the country it was taken in
       * @example SY
       */
      country?: string;
      /**
       * @description Field of study, in plain words
       * @example Nursing
       */
      field?: string;
      /**
       * @description Highest education completed
       * @enum {string}
       */
      level: 'none' | 'primary' | 'secondary' | 'vocational' | 'bachelor' | 'master' | 'doctorate';
      /**
       * @description Whether the education is recognised in Norway
       * @enum {string}
       */
      recognition: 'not_applied' | 'pending' | 'recognised' | 'partly' | 'rejected' | 'not_needed';
    };
    EducationResponse: {
      /** @description ISO 3166-1 alpha-2 */
      country: string | null;
      /** @description Field of study, in the newcomer’s words */
      field: string | null;
      /**
       * @description Highest education completed
       * @enum {string}
       */
      level: 'none' | 'primary' | 'secondary' | 'vocational' | 'bachelor' | 'master' | 'doctorate';
      /**
       * @description Where recognition of the education stands in Norway
       * @enum {string}
       */
      recognition: 'not_applied' | 'pending' | 'recognised' | 'partly' | 'rejected' | 'not_needed';
    };
    EmploymentFiguresResponse: {
      /** @description Every mentee whose pair is over (and who has no running pair), by status recorded when it ended */
      atEnd: {
        /** @description education */
        education?: number;
        /** @description full_time */
        full_time?: number;
        /** @description introduction_programme */
        introduction_programme?: number;
        /** @description part_time */
        part_time?: number;
        /** @description unemployed */
        unemployed?: number;
        /** @description unknown */
        unknown?: number;
      };
      /** @description Every mentee by employment status when they joined (unknown: not recorded) */
      atStart: {
        /** @description education */
        education?: number;
        /** @description full_time */
        full_time?: number;
        /** @description introduction_programme */
        introduction_programme?: number;
        /** @description part_time */
        part_time?: number;
        /** @description unemployed */
        unemployed?: number;
        /** @description unknown */
        unknown?: number;
      };
      /** @description In work or education at the end against the start, over the same mentees */
      inWorkOrEducation: components['schemas']['WorkOrEducationResponse'];
    };
    EndMatchDto: {
      /**
       * @description The mentee's employment at the end
       * @enum {string}
       */
      employmentStatusAtEnd?: 'unemployed' | 'introduction_programme' | 'education' | 'part_time' | 'full_time';
      /**
       * @description completed (ran its course) or ended (stopped early)
       * @enum {string}
       */
      outcome: 'completed' | 'ended';
      /**
       * @description Why it ended
       * @example The mentee moved to Tromsø
       */
      reason?: string;
      /** @description With outcome ended: the mentee wants a new mentor and joins the next proposal run, keeping their place by waiting time; this pair is never proposed again. Without it the mentee has left the programme (default false) */
      rematch?: boolean;
    };
    EnrolmentResponse: {
      /**
       * Format: date-time
       * @description When the enrolment was made
       */
      enrolledAt: string;
      /**
       * Format: uuid
       * @description The mentee made of the newcomer
       */
      participantId: string;
      /**
       * Format: uuid
       * @description The programme the newcomer was enrolled in
       */
      programmeId: string;
    };
    EnrolNewcomerDto: {
      /**
       * Format: uuid
       * @description The programme to enrol the newcomer in as a mentee
       */
      programmeId: string;
    };
    ErasedResponse: {
      /** @description Emails pending to the person (or about their pairs) that were cancelled */
      cancelledEmails: number;
      /** @description Always true: name, email, phone and free text are gone for good */
      erased: boolean;
      /**
       * Format: date-time
       * @description When the erasure was done
       */
      erasedAt: string;
      /**
       * Format: uuid
       * @description The id of the person erased
       */
      id: string;
    };
    EraseDto: {
      /**
       * @description Why the person is erased (e.g. "Asked for erasure, GDPR art. 17"); kept on the erased record, so it must not name or describe the person
       * @example Asked for erasure (GDPR art. 17)
       */
      reason: string;
    };
    /**
     * @description Stable code of the rule broken; the console writes the message from it in the reader's language. Every code and its params: ERROR_CODES in src/common/error-codes.ts
     * @enum {string}
     */
    ErrorCode:
      | 'required'
      | 'must_be_string'
      | 'must_be_number'
      | 'must_be_integer'
      | 'must_be_boolean'
      | 'must_be_array'
      | 'must_be_object'
      | 'must_be_one_of'
      | 'too_short'
      | 'too_long'
      | 'out_of_range'
      | 'too_small'
      | 'too_large'
      | 'too_few_items'
      | 'too_many_items'
      | 'duplicate'
      | 'must_be_email'
      | 'must_be_uuid'
      | 'must_be_date'
      | 'must_be_instant'
      | 'must_be_time_zone'
      | 'must_be_language_code'
      | 'must_be_profession_code'
      | 'must_be_municipality_code'
      | 'must_be_phone_number'
      | 'must_be_country_code'
      | 'invalid_format'
      | 'only_for_role'
      | 'not_whitelisted'
      | 'must_not_contain_nul'
      | 'too_deeply_nested'
      | 'invalid_json'
      | 'unreadable_body'
      | 'body_too_large'
      | 'must_be_utf8'
      | 'unsupported_media_type'
      | 'bad_request'
      | 'must_be_role'
      | 'required_for_role'
      | 'must_be_in_programme'
      | 'must_be_within_programme'
      | 'must_not_be_in_future'
      | 'must_be_after'
      | 'must_be_before'
      | 'must_not_be_after'
      | 'must_not_be_before'
      | 'only_with_status'
      | 'not_in_introduction_programme'
      | 'must_cover_municipality'
      | 'too_long_after'
      | 'must_be_programme_municipality'
      | 'must_be_own_municipality'
      | 'unknown_municipality'
      | 'unknown_participant'
      | 'unknown_attendee'
      | 'needs_positive_weight'
      | 'pair_not_allowed'
      | 'csv_unreadable'
      | 'csv_empty'
      | 'csv_too_many_rows'
      | 'csv_unknown_columns'
      | 'csv_missing_columns'
      | 'csv_duplicate_columns'
      | 'duplicate_in_file'
      | 'already_exists'
      | 'municipality_has_participants'
      | 'mentor_full'
      | 'mentee_already_matched'
      | 'match_already_decided'
      | 'match_not_active'
      | 'pair_not_started'
      | 'must_be_within_pair'
      | 'pause_overlaps'
      | 'pair_not_completed'
      | 'completion_not_met'
      | 'participant_erased'
      | 'mentor_not_screened'
      | 'pair_ended_before'
      | 'already_erased'
      | 'conflict'
      | 'reference_changed'
      | 'not_found'
      | 'last_admin'
      | 'wrong_password'
      | 'wrong_code'
      | 'mfa_already_enabled'
      | 'mfa_not_enrolling'
      | 'mfa_not_enabled'
      | 'password_too_common'
      | 'invalid_credentials'
      | 'session_ended'
      | 'mfa_token_invalid'
      | 'unauthenticated'
      | 'forbidden'
      | 'too_many_requests'
      | 'internal_error'
      | 'http_error';
    EventAttendanceDto: {
      /** @description Newcomers of the municipality's register who attended (replaces the list) */
      newcomerIds: string[];
      /** @description Programme participants living in the municipality who attended (replaces the list) */
      participantIds: string[];
    };
    EventPartnerDto: {
      /**
       * @description Who to ask there, in plain words (a name, a role or an address)
       * @example Helsesykepleier
       */
      contact?: string;
      /**
       * @description The partner organisation
       * @example Karrieresenteret i Nordland
       */
      organisation: string;
    };
    EventPartnerResponse: {
      /** @description Who to ask there */
      contact: string | null;
      /** @description The partner organisation */
      organisation: string;
    };
    GatheringFiguresResponse: {
      /** @description Of those, recorded as attending */
      attended: number;
      /**
       * Format: uuid
       * @description Gathering id
       */
      id: string;
      /** @description Participants invited (in the share): every mentor and mentee who had joined before it began or is recorded as there; for a gathering still to come, every one */
      invited: number;
      /** @description kickoff, midway, closing or other */
      kind: string;
      /** @description attended ÷ invited, 4 decimals; null until the gathering has begun */
      rate: number | null;
      /** @description When it starts */
      startsAt: string;
    };
    /**
     * @description kickoff, midway, closing or other
     * @enum {string}
     */
    GatheringKind: 'kickoff' | 'midway' | 'closing' | 'other';
    GatheringResponse: {
      /** @description End, ISO 8601 with the programme time zone's offset */
      endsAt: string;
      /**
       * Format: uuid
       * @description Gathering id
       */
      id: string;
      /**
       * @description kickoff, midway, closing or other
       * @enum {string}
       */
      kind: 'kickoff' | 'midway' | 'closing' | 'other';
      /** @description Where it is held */
      location: string | null;
      /**
       * Format: uuid
       * @description Programme id
       */
      programmeId: string;
      /** @description Start, ISO 8601 with the programme time zone's offset */
      startsAt: string;
      /** @description Title shown in invitations */
      title: string;
    };
    ImportErrorResponse: {
      /**
       * @description Stable code of the rule broken (see ERROR_CODES in src/common/error-codes.ts)
       * @enum {string}
       */
      code:
        | 'required'
        | 'must_be_string'
        | 'must_be_number'
        | 'must_be_integer'
        | 'must_be_boolean'
        | 'must_be_array'
        | 'must_be_object'
        | 'must_be_one_of'
        | 'too_short'
        | 'too_long'
        | 'out_of_range'
        | 'too_small'
        | 'too_large'
        | 'too_few_items'
        | 'too_many_items'
        | 'duplicate'
        | 'must_be_email'
        | 'must_be_uuid'
        | 'must_be_date'
        | 'must_be_instant'
        | 'must_be_time_zone'
        | 'must_be_language_code'
        | 'must_be_profession_code'
        | 'must_be_municipality_code'
        | 'must_be_phone_number'
        | 'must_be_country_code'
        | 'invalid_format'
        | 'only_for_role'
        | 'not_whitelisted'
        | 'must_not_contain_nul'
        | 'too_deeply_nested'
        | 'invalid_json'
        | 'unreadable_body'
        | 'body_too_large'
        | 'must_be_utf8'
        | 'unsupported_media_type'
        | 'bad_request'
        | 'must_be_role'
        | 'required_for_role'
        | 'must_be_in_programme'
        | 'must_be_within_programme'
        | 'must_not_be_in_future'
        | 'must_be_after'
        | 'must_be_before'
        | 'must_not_be_after'
        | 'must_not_be_before'
        | 'only_with_status'
        | 'not_in_introduction_programme'
        | 'must_cover_municipality'
        | 'too_long_after'
        | 'must_be_programme_municipality'
        | 'must_be_own_municipality'
        | 'unknown_municipality'
        | 'unknown_participant'
        | 'unknown_attendee'
        | 'needs_positive_weight'
        | 'pair_not_allowed'
        | 'csv_unreadable'
        | 'csv_empty'
        | 'csv_too_many_rows'
        | 'csv_unknown_columns'
        | 'csv_missing_columns'
        | 'csv_duplicate_columns'
        | 'duplicate_in_file'
        | 'already_exists'
        | 'municipality_has_participants'
        | 'mentor_full'
        | 'mentee_already_matched'
        | 'match_already_decided'
        | 'match_not_active'
        | 'pair_not_started'
        | 'must_be_within_pair'
        | 'pause_overlaps'
        | 'pair_not_completed'
        | 'completion_not_met'
        | 'participant_erased'
        | 'mentor_not_screened'
        | 'pair_ended_before'
        | 'already_erased'
        | 'conflict'
        | 'reference_changed'
        | 'not_found'
        | 'last_admin'
        | 'wrong_password'
        | 'wrong_code'
        | 'mfa_already_enabled'
        | 'mfa_not_enrolling'
        | 'mfa_not_enabled'
        | 'password_too_common'
        | 'invalid_credentials'
        | 'session_ended'
        | 'mfa_token_invalid'
        | 'unauthenticated'
        | 'forbidden'
        | 'too_many_requests'
        | 'internal_error'
        | 'http_error';
      /** @description Column the error is about */
      field: string;
      /** @description What is wrong, in English */
      message: string;
      /** @description The values the message needs, by name (e.g. {min: 1}, {allowed: [...]}, {row: 2}) */
      params: {
        [key: string]: unknown;
      };
      /** @description Full path of what is wrong within the column, e.g. languages.1.level */
      path: string;
      /** @description Row of the spreadsheet (the header is row 1) */
      row: number;
    };
    ImportResultResponse: {
      /** @description Participants stored */
      created: number;
      /** @description Rows not stored, and why */
      errors: components['schemas']['ImportErrorResponse'][];
    };
    InfoPagePreviewResponse: {
      /** @description The sanitised HTML of the body, as the public page shows it */
      html: string;
    };
    InfoPageResponse: {
      /** @description The page as Markdown */
      body: string;
      /**
       * @description The direction the language is written in
       * @enum {string}
       */
      dir: 'ltr' | 'rtl';
      /**
       * @description ISO 639-1 code
       * @example nb
       */
      language: string;
      /**
       * @description The language's name in itself
       * @example Norsk bokmål
       */
      languageName: string;
      /**
       * @description Address of the public page
       * @example /api/v1/info/1870/nb
       */
      publicPath: string;
      /** @description The starting text of mentornett, never saved by the municipality: check it */
      startingText: boolean;
      /** @description The heading of the page */
      title: string;
      /** @description Last saved (for a starting page never saved, the day its text was written) */
      updatedAt: string;
    };
    InfoPageSummaryResponse: {
      /**
       * @description The direction the language is written in
       * @enum {string}
       */
      dir: 'ltr' | 'rtl';
      /**
       * @description ISO 639-1 code
       * @example nb
       */
      language: string;
      /**
       * @description The language's name in itself
       * @example Norsk bokmål
       */
      languageName: string;
      /**
       * @description Address of the public page
       * @example /api/v1/info/1870/nb
       */
      publicPath: string;
      /** @description The starting text of mentornett, never saved by the municipality: check it */
      startingText: boolean;
      /** @description The heading of the page */
      title: string;
      /** @description Last saved (for a starting page never saved, the day its text was written) */
      updatedAt: string;
    };
    LanguageSkillDto: {
      /**
       * @description ISO 639-1 language code
       * @example nb
       */
      code: string;
      /**
       * @description CEFR level, or native
       * @example B1
       * @enum {string}
       */
      level: 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'native';
    };
    LoginDto: {
      /**
       * @description Login email
       * @example admin@example.org
       */
      email: string;
      /** @description Password */
      password: string;
    };
    LoginResponse: {
      /** @description Short-lived JWT to send as "Authorization: Bearer <accessToken>" */
      accessToken: string;
      /** @description Seconds until the access token expires */
      expiresIn: number;
      /** @description The logged-in user */
      user: components['schemas']['UserResponse'];
    };
    MatchFiguresResponse: {
      /** @description Pairs approved and running */
      approved: number;
      /** @description Pairs that completed the programme */
      completed: number;
      /** @description Pairs ended early */
      ended: number;
      /** @description Pairs proposed and not yet decided */
      proposed: number;
      /** @description Pairs rejected */
      rejected: number;
    };
    MatchResponse: {
      /** @description The components and their reasons */
      breakdown: components['schemas']['BreakdownResponse'];
      /**
       * Format: date-time
       * @description When it was proposed
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description When it was approved or rejected
       */
      decidedAt?: string;
      /** @description Who approved or rejected it (user id) */
      decidedBy?: string;
      /**
       * @description The mentee's employment at the end
       * @enum {string}
       */
      employmentStatusAtEnd?: 'unemployed' | 'introduction_programme' | 'education' | 'part_time' | 'full_time';
      /** @description Last day the pair was active */
      endedOn?: string;
      /**
       * Format: uuid
       * @description Match id
       */
      id: string;
      /**
       * Format: uuid
       * @description The mentee
       */
      menteeId: string;
      /**
       * Format: uuid
       * @description The mentor
       */
      mentorId: string;
      /**
       * Format: uuid
       * @description Programme id
       */
      programmeId: string;
      /** @description Why it was rejected or ended */
      reason?: string;
      /** @description An ended pair whose mentee asked for a new mentor (present only when true) */
      rematch?: boolean;
      /** @description The proposal run that proposed it; null when proposed by hand */
      runId: string | null;
      /** @description Weighted mean of the three components, 4 decimals */
      score: number;
      /** @description First day the pair is active */
      startsOn?: string;
      /**
       * @description proposed, approved, rejected, completed or ended
       * @enum {string}
       */
      status: 'proposed' | 'approved' | 'rejected' | 'completed' | 'ended';
    };
    MeetingFiguresResponse: {
      /** @description Meetings logged */
      count: number;
      /** @description Their minutes in all */
      minutes: number;
    };
    MeetingResponse: {
      /**
       * Format: date-time
       * @description When it was logged
       */
      createdAt: string;
      /**
       * @description The day they met
       * @example 2027-02-10
       */
      date: string;
      /** @description Minutes */
      durationMinutes: number;
      /**
       * Format: uuid
       * @description Meeting id
       */
      id: string;
      /**
       * Format: uuid
       * @description The pair
       */
      matchId: string;
      /** @description Note */
      note?: string;
      /**
       * @description api (logged by a user) or link (by the mentor through an email link)
       * @enum {string}
       */
      source: 'api' | 'link';
    };
    MfaChallengeResponse: {
      /** @description True when the role requires a second factor (MFA_REQUIRED_ROLES) and the user has none: add the secret to an authenticator app, then POST /auth/mfa with its code enrols and completes the login */
      enrolRequired?: boolean;
      /**
       * @description Always true: complete the login with POST /auth/mfa
       * @enum {boolean}
       */
      mfaRequired: true;
      /** @description For POST /auth/mfa only (not a bearer token); valid 5 minutes */
      mfaToken: string;
      /** @description With enrolRequired: the otpauth:// URI of the secret, for a QR code */
      otpauthUrl?: string;
      /** @description With enrolRequired: the new TOTP secret in Base32 */
      secret?: string;
    };
    MfaCodeDto: {
      /**
       * @description The 6 digits the authenticator app shows now, or (where it says so) one of the recovery codes
       * @example 123456
       */
      code: string;
    };
    MfaConfirmDto: {
      /**
       * @description The 6 digits the authenticator app shows now
       * @example 123456
       */
      code: string;
    };
    MfaEnrolmentResponse: {
      /**
       * @description The otpauth:// URI of the secret, for a QR code
       * @example otpauth://totp/Mentornett:…
       */
      otpauthUrl: string;
      /** @description The TOTP secret in Base32, for typing into an authenticator app that cannot scan */
      secret: string;
    };
    MfaLoginDto: {
      /**
       * @description The 6 digits the authenticator app shows now, or one of the recovery codes (each works once). For a login that enrols (enrolRequired), the app code only.
       * @example 123456
       */
      code: string;
      /** @description The mfaToken POST /auth/login answered with (valid 5 minutes) */
      mfaToken: string;
    };
    MfaLoginResponse: {
      /** @description Short-lived JWT to send as "Authorization: Bearer <accessToken>" */
      accessToken: string;
      /** @description Seconds until the access token expires */
      expiresIn: number;
      /** @description After a login that enrolled: ten one-time recovery codes, shown this once */
      recoveryCodes?: string[];
      /** @description The logged-in user */
      user: components['schemas']['UserResponse'];
    };
    MfaRecoveryCodesResponse: {
      /** @description Ten one-time recovery codes, shown this once (only their hashes are kept) */
      recoveryCodes: string[];
    };
    MfaStatusResponse: {
      /** @description A confirmed second factor is on: logins ask for a code */
      enabled: boolean;
      /** @description Recovery codes not used yet */
      recoveryCodesLeft: number;
      /** @description The caller's role must have a second factor (MFA_REQUIRED_ROLES) */
      required: boolean;
    };
    MonthComplianceResponse: {
      /** @description The month (or the pair's time in it) is over */
      closed: boolean;
      /** @description One of the programme's exemptMonths (the summer holiday): it requires nothing */
      exempt: boolean;
      /** @description All meetings of the month */
      meetings: number;
      /** @description qualifyingMeetings >= requiredMeetings */
      met: boolean;
      /** @description Minutes of all meetings of the month */
      minutes: number;
      /**
       * @description Calendar month in the programme's time zone
       * @example 2027-02
       */
      month: string;
      /** @description Days of the month in the pair's span that a pause covers (not active days) */
      pausedDays: number;
      /** @description Meetings that lasted at least the programme's minimum minutes */
      qualifyingMeetings: number;
      /** @description Meetings the month requires: the minimum, or for a partly active or partly paused month round-half-up of its share of active, unpaused days; 0 in an exempt month */
      requiredMeetings: number;
    };
    MunicipalityCountsResponse: {
      /** @description Mentees living there */
      mentees: number;
      /** @description Mentors living there */
      mentors: number;
      /** @description Municipality name */
      name: string;
    };
    MunicipalityReach: {
      /** @description Every residence category, in a fixed order, zeros included */
      byCategory: components['schemas']['CategoryReach'][];
      /** @description Kommunenummer */
      municipalityCode: string;
      /** @description Municipality name */
      name: string;
      /** @description The figures over every category */
      total: components['schemas']['ReachFigures'];
    };
    MunicipalityResponse: {
      /**
       * @description Kommunenummer, four digits
       * @example 1870
       */
      code: string;
      /**
       * @description County (fylke)
       * @example Nordland
       */
      county: string;
      /** @description Latitude of the administrative centre, WGS84 degrees */
      lat: number;
      /** @description Longitude of the administrative centre, WGS84 degrees */
      lon: number;
      /**
       * @description Name of the municipality
       * @example Sortland
       */
      name: string;
    };
    NewcomerResponse: {
      /**
       * @description Month of arrival in the municipality (YYYY-MM)
       * @example 2026-09
       */
      arrivalMonth: string;
      /** @description Year of birth, if given (for age bands only) */
      birthYear: number | null;
      /** @description Career guidance referral and its dates */
      careerGuidance: components['schemas']['CareerGuidanceResponse'];
      /**
       * @description Basis of residence
       * @enum {string}
       */
      category: 'refugee' | 'family' | 'labour_eea' | 'labour_non_eea' | 'labour_spouse' | 'other';
      /** @description Consent per purpose */
      consent: components['schemas']['ConsentResponse'];
      /** @description ISCO-08 code of the profession wanted, if any */
      desiredProfessionCode: string | null;
      /** @description Competence mapping: education; null when not mapped or mapped in the introduction programme */
      education: components['schemas']['EducationResponse'] | null;
      /** @description Email, if given */
      email: string | null;
      /** @description The programmes the newcomer was enrolled in */
      enrolments: components['schemas']['EnrolmentResponse'][];
      /** @description The newcomer was erased: name, email, phone and field of education are gone for good */
      erased: boolean;
      /**
       * @description Gender, if given
       * @enum {string|null}
       */
      gender: 'female' | 'male' | 'other' | null;
      /**
       * Format: uuid
       * @description Newcomer id
       */
      id: string;
      /** @description In the introduction programme: the mapping lives in the state's register and is not kept here */
      inIntroductionProgramme: boolean;
      /** @description Languages spoken, each with a level */
      languages: components['schemas']['LanguageSkillDto'][];
      /** @description Kommunenummer of the register */
      municipalityCode: string;
      /** @description Name */
      name: string;
      /** @description Phone, if given */
      phone: string | null;
      /** @description Language for letters and emails (ISO 639-1) */
      preferredLanguage: string;
      /** @description ISCO-08 code of the profession held, if any */
      professionCode: string | null;
      /**
       * Format: date-time
       * @description When the newcomer was registered
       */
      registeredAt: string;
      /** @description On the waiting list: consented to the mentor programme and in none */
      waiting: boolean;
      /**
       * Format: date
       * @description Day of consent to the mentor programme, where the wait for a mentor starts; null without it
       */
      waitingSince: string | null;
      /** @description Years of work experience, if mapped */
      workYears: number | null;
    };
    NextGatheringResponse: {
      /**
       * Format: uuid
       * @description Gathering id
       */
      id: string;
      /** @description kickoff, midway, closing or other */
      kind: components['schemas']['GatheringKind'];
      /** @description Where it is held */
      location: string | null;
      /**
       * Format: date-time
       * @description Start, ISO 8601 with the programme time zone's offset
       */
      startsAt: string;
      /** @description Title shown in invitations */
      title: string;
    };
    OutboxEmailResponse: {
      /** @description Tries so far */
      attempts: number;
      /**
       * Format: date-time
       * @description When the sweep decided it
       */
      createdAt: string;
      /**
       * Format: uuid
       * @description The gathering it is about
       */
      gatheringId?: string;
      /**
       * Format: uuid
       * @description Outbox id; also the id of its job in the mail queue
       */
      id: string;
      /**
       * @description What the email is
       * @enum {string}
       */
      kind:
        | 'midmonth_nudge'
        | 'minimum_missed'
        | 'escalation'
        | 'gathering_invite'
        | 'gathering_reminder'
        | 'screening_expiry'
        | 'event_invite'
        | 'team_digest'
        | 'midway_survey'
        | 'closing_survey'
        | 'followup_survey'
        | 'retention_notice';
      /** @description Language it is written in */
      language: string;
      /** @description The last failure, as the SMTP server put it */
      lastError?: string;
      /**
       * Format: uuid
       * @description The pair it is about
       */
      matchId?: string;
      /** @description The period it is for: a month (2027-03), a gathering version (v0, v1 after a move) or a day */
      periodKey: string;
      /**
       * Format: date-time
       * @description When the SMTP server accepted it
       */
      sentAt?: string;
      /**
       * @description pending, sent, or failed (given up: a permanent refusal or every try used)
       * @enum {string}
       */
      status: 'pending' | 'sent' | 'failed' | 'cancelled';
      /** @description The address it was sent (or is to be sent) to */
      to: string;
    };
    PairAttentionResponse: {
      /** @description Running, and last month (the calendar month before today’s) is missed */
      missedLastMonth: boolean;
      /** @description Running, and last month and the month before are both missed */
      missedTwoMonths: boolean;
      /** @description Running, and no meeting logged in the last 30 days, all of which the pair was active */
      noMeetingFor30Days: boolean;
    };
    PairMenteeResponse: {
      /**
       * Format: uuid
       * @description Participant id
       */
      id: string;
      /**
       * @description Where the mentee lives: the pair belongs to this municipality
       * @example 1870
       */
      municipalityCode: string;
      /** @description Name */
      name: string;
    };
    PairMentorResponse: {
      /**
       * Format: uuid
       * @description Participant id
       */
      id: string;
      /** @description Name */
      name: string;
    };
    PairMonthsResponse: {
      /**
       * @description First listed month, in the programme's time zone; null before the pair begins
       * @example 2027-02
       */
      first: string | null;
      /**
       * @description How each month stands, one letter a month, the n-th letter the n-th month from first: m met, x missed (once the month, or the pair’s time in it, is over), r running (while it is not), n not required (its requiredMeetings is 0, over or not), h not required because it is one of the programme’s exemptMonths (the summer holiday). One string rather than an array: 10,000 pairs’ months are read at once
       * @example xmmxmmhr
       */
      marks: string;
      /** @description Each month's meetings in all */
      meetings: number[];
      /** @description Each month's days in the pair's span that a pause covers; left out for a pair that has no pause */
      pausedDays?: number[];
      /** @description Each month's meetings that lasted at least the programme's minimum minutes */
      qualifyingMeetings: number[];
      /** @description Meetings each month requires: the minimum, or for a partly active or paused month round-half-up of its share of active, unpaused days; 0 in an exempt month */
      requiredMeetings: number[];
    };
    PairResponse: {
      /** @description Why the pair needs attention; all false for a pair not running */
      attention: components['schemas']['PairAttentionResponse'];
      /**
       * Format: date
       * @description Last day the pair was active; only for a completed or ended pair
       * @example 2027-09-17
       */
      endsOn?: string;
      /**
       * Format: uuid
       * @description The pair (match) id
       */
      id: string;
      /**
       * Format: date
       * @description Day of the latest meeting logged; null before the first
       */
      lastMeetingOn: string | null;
      /** @description Meetings logged in all */
      meetings: number;
      /** @description The mentee */
      mentee: components['schemas']['PairMenteeResponse'];
      /** @description The mentor */
      mentor: components['schemas']['PairMentorResponse'];
      /** @description Their minutes in all */
      minutes: number;
      /** @description Each month from the pair's first to the current one (or to its end), in the programme's time zone, as GET /matches/:id/compliance lists them, as a string of one letter and arrays of one entry per month (the n-th month from first); empty before the pair begins */
      months: components['schemas']['PairMonthsResponse'];
      /** @description Any of attention is true */
      needsAttention: boolean;
      /** @description Weighted score of the pair, 4 decimals */
      score: number;
      /**
       * Format: date
       * @description First day the pair is active
       * @example 2027-01-18
       */
      startsOn: string;
      /** @description approved (running), completed or ended early */
      status: components['schemas']['PairStatus'];
    };
    /** @enum {string} */
    PairStatus: 'approved' | 'completed' | 'ended';
    ParticipantFiguresResponse: {
      /** @description Mentees by category, every category listed (unspecified: none recorded): the programme's reach */
      byCategory: {
        /** @description family */
        family?: number;
        /** @description labour_eea */
        labour_eea?: number;
        /** @description labour_non_eea */
        labour_non_eea?: number;
        /** @description labour_spouse */
        labour_spouse?: number;
        /** @description other */
        other?: number;
        /** @description refugee */
        refugee?: number;
        /** @description unspecified */
        unspecified?: number;
      };
      /** @description Participants by municipality code: the programme's municipalities (in the share), zeros included, and any other a participant lives in */
      byMunicipality: {
        [key: string]: components['schemas']['MunicipalityCountsResponse'];
      };
      /** @description Mentees */
      mentees: number;
      /** @description Mentors */
      mentors: number;
    };
    ParticipantResponse: {
      /**
       * Format: uuid
       * @description Mentee: the id of their approved pair, the one running now (null for mentors and mentees without one)
       */
      activeMatchId: string | null;
      /** @description Mentor: the pairs that hold one of their places, approved or completed (an ended pair frees its place), so places left are capacity - activeMentees; 0 for mentees */
      activeMentees: number;
      /** @description Year of birth, for the funder report */
      birthYear: number | null;
      /** @description Mentor: how many mentees they take (1 for mentees) */
      capacity: number;
      /**
       * @description Mentee: basis of residence
       * @enum {string|null}
       */
      category: 'refugee' | 'family' | 'labour_eea' | 'labour_non_eea' | 'labour_spouse' | 'other' | null;
      /**
       * Format: date
       * @description Mentor: the day they signed the confidentiality declaration; null if not recorded
       */
      confidentialitySignedOn: string | null;
      /**
       * Format: date-time
       * @description When the participant was registered
       */
      createdAt: string;
      /** @description Mentee: ISCO-08 code of the profession aimed for */
      desiredProfessionCode: string | null;
      /** @description Title of the desired profession code */
      desiredProfessionTitle?: components['schemas']['ProfessionTitle'] | null;
      /** @description Email. Absent for a coordinator when the person is a mentor outside their municipalities who is not paired with one of their mentees (such a mentor shows name, municipality, profession, languages and free places) */
      email?: string;
      /**
       * @description Employment when the programme started
       * @enum {string|null}
       */
      employmentStatusAtStart: 'unemployed' | 'introduction_programme' | 'education' | 'part_time' | 'full_time' | null;
      /** @description The participant was erased: name, email and phone are gone for good (name is empty, email a placeholder); the statistical attributes stay */
      erased: boolean;
      /**
       * @description Gender. Absent for a coordinator when the person is a mentor outside their municipalities who is not paired with one of their mentees (such a mentor shows name, municipality, profession, languages and free places)
       * @enum {string|null}
       */
      gender?: 'female' | 'male' | 'other' | null;
      /** @description Mentee: has a pair that holds a mentor, approved or completed (always false for mentors) */
      hasMentor: boolean;
      /**
       * Format: uuid
       * @description Participant id
       */
      id: string;
      /** @description Languages spoken with their levels */
      languages: components['schemas']['LanguageSkillDto'][];
      /** @description Kommunenummer where the participant lives */
      municipalityCode: string;
      /** @description Full name */
      name: string;
      /** @description Phone number. Absent for a coordinator when the person is a mentor outside their municipalities who is not paired with one of their mentees (such a mentor shows name, municipality, profession, languages and free places) */
      phone?: string | null;
      /**
       * Format: date
       * @description Mentor: the day their police certificate was seen (the document is not stored); null if not recorded
       */
      policeCertificateSeenOn: string | null;
      /** @description ISO 639-1 code of the language emails are written in */
      preferredLanguage: string;
      /** @description ISCO-08 code of the profession */
      professionCode: string;
      /** @description Title of the profession code */
      professionTitle: components['schemas']['ProfessionTitle'];
      /**
       * Format: uuid
       * @description Programme id
       */
      programmeId: string;
      /**
       * @description mentor or mentee
       * @enum {string}
       */
      role: 'mentor' | 'mentee';
      /**
       * Format: date-time
       * @description When the participant was last changed
       */
      updatedAt: string;
      /**
       * Format: date
       * @description Mentee enrolled from the newcomer register: the day their wait for a mentor began (consent to the mentor programme); proposal runs break ties by the wait. Null for everyone else (their wait starts at registration)
       */
      waitingSince: string | null;
      /** @description Mentee: asks for a mentor of the same gender */
      wantsSameGender: boolean;
    };
    PauseResponse: {
      /**
       * Format: date-time
       * @description When it was recorded
       */
      createdAt: string;
      /**
       * @description First paused day
       * @example 2027-03-20
       */
      from: string;
      /**
       * Format: uuid
       * @description Pause id
       */
      id: string;
      /**
       * Format: uuid
       * @description The pair
       */
      matchId: string;
      /** @description Note */
      note?: string;
      /**
       * @description Why the pair pauses
       * @enum {string}
       */
      reason: 'sick_leave' | 'travel' | 'other';
      /**
       * @description Last paused day (inclusive)
       * @example 2027-04-10
       */
      to: string;
    };
    PreviewInfoPageDto: {
      /** @description Markdown to render as the public page would */
      body: string;
    };
    ProfessionResponse: {
      /**
       * @description ISCO-08 / STYRK-08 code, 1 to 4 digits
       * @example 7221
       */
      code: string;
      /**
       * @description Title in the language asked for (lang; bokmål for nb, nn and when none is asked)
       * @example Smeder
       */
      title: string;
      /**
       * @description Title in English
       * @example Blacksmiths, hammersmiths and forging press workers
       */
      titleEn: string;
      /**
       * @description Title in Norwegian bokmål
       * @example Smeder
       */
      titleNb: string;
    };
    ProfessionTitle: {
      /** @description Title in English */
      en: string;
      /** @description Title in Norwegian bokmål */
      nb: string;
    };
    ProgrammeAttentionResponse: {
      /** @description Gatherings starting within 14 days with no invitation in the outbox, soonest first */
      gatheringsSoonWithoutInvitations: components['schemas']['AttentionGatheringResponse'][];
      /** @description Mentees without an approved or completed pair and without an undecided proposal */
      menteesWithoutMentor: number;
      /** @description Those mentees, by name */
      menteesWithoutMentorIds: string[];
      /** @description The next gathering not yet over (one under way included); null when none is left */
      nextGathering: components['schemas']['NextGatheringResponse'] | null;
      /** @description Running pairs that missed last month (those that missed two months in a row included) */
      pairsMissedLastMonth: number;
      /** @description Running pairs that missed last month and the month before */
      pairsMissedTwoMonths: number;
      /** @description Running pairs with no meeting logged for 30 days */
      pairsSilent30Days: number;
      /** @description Proposals made more than 7 days ago and not yet decided */
      staleProposals: number;
    };
    ProgrammeResponse: {
      /**
       * Format: date-time
       * @description When the programme was created
       */
      createdAt: string;
      /** @description Last day, YYYY-MM-DD */
      endDate: string;
      /**
       * Format: uuid
       * @description Programme id
       */
      id: string;
      /** @description Kommunenummer of the municipalities covered */
      municipalityCodes: string[];
      /** @description Name of the programme */
      name: string;
      /** @description The full rules, defaults filled in */
      rules: components['schemas']['ProgrammeRulesResponse'];
      /** @description First day, YYYY-MM-DD */
      startDate: string;
      /** @description IANA time zone */
      timezone: string;
      /**
       * Format: date-time
       * @description When the programme was last changed
       */
      updatedAt: string;
    };
    ProgrammeRulesDto: {
      /** @description What a completed pair must reach for the mentee's certificate (default 12 meetings, 24 hours, 2 gatherings) */
      completion?: components['schemas']['CompletionRuleDto'];
      /**
       * @description Calendar months (1–12, each once) that require no meeting (default [7], the summer holiday)
       * @example [
       *       7
       *     ]
       */
      exemptMonths?: number[];
      /** @description Largest distance between a pair's municipality centres, km (default 100) */
      maxDistanceKm?: number;
      /** @description Day of the month of the mid-month nudge to mentors (default 15) */
      midMonthReminderDay?: number;
      /** @description Minutes a meeting must last to count (default 120) */
      minMeetingMinutes?: number;
      /** @description Meetings a pair must have in a whole calendar month (default 2) */
      minMeetingsPerMonth?: number;
      /** @description Mentors need a police certificate seen and a confidentiality declaration signed, both under three years old on the pair's first day, before a pair is approved (default false) */
      requireScreening?: boolean;
      /** @description Months after the programme's end that its participants are kept; then they are erased (default 12) */
      retentionMonths?: number;
      /** @description Weights of the match score components; at least one above 0 */
      weights?: components['schemas']['WeightsDto'];
    };
    ProgrammeRulesResponse: {
      /** @description What a completed pair must reach for the mentee's certificate */
      completion: components['schemas']['CompletionRuleResponse'];
      /** @description Calendar months (1–12) that require no meeting, ascending */
      exemptMonths: number[];
      /** @description Largest distance between a pair's municipality centres, km */
      maxDistanceKm: number;
      /** @description Day of the month of the mid-month nudge */
      midMonthReminderDay: number;
      /** @description Minutes a meeting must last to count */
      minMeetingMinutes: number;
      /** @description Meetings a pair must have in a whole calendar month */
      minMeetingsPerMonth: number;
      /** @description Mentors must be screened (police certificate, confidentiality declaration) before approval */
      requireScreening: boolean;
      /** @description Months after the programme's end that its participants are kept, then erased */
      retentionMonths: number;
      /** @description Weights of the match score components */
      weights: components['schemas']['WeightsResponse'];
    };
    ProgrammeStatsResponse: {
      /** @description The figures are as of this day (today in the programme's time zone) */
      asOf: string;
      /** @description completed ÷ pairs that started (approved, completed or ended), 4 decimals; null before any started */
      completionRate: number | null;
      /** @description Each month of the programme so far: active pairs and how many met the minimum */
      compliance: components['schemas']['ComplianceMonthResponse'][];
      /** @description Employment of mentees at the start and at the end */
      employment: components['schemas']['EmploymentFiguresResponse'];
      /** @description Each gathering: invited, attended */
      gatherings: components['schemas']['GatheringFiguresResponse'][];
      /** @description Pairs by status (a coordinator: pairs whose mentee lives in their municipalities) */
      matches: components['schemas']['MatchFiguresResponse'];
      /** @description Meetings logged by those pairs */
      meetings: components['schemas']['MeetingFiguresResponse'];
      /** @description Whose share: the programme's municipalities, or those of them a coordinator holds */
      municipalityCodes: string[];
      /** @description Participants (a coordinator: those living in their municipalities) */
      participants: components['schemas']['ParticipantFiguresResponse'];
      /**
       * Format: uuid
       * @description The programme
       */
      programmeId: string;
    };
    ProgrammeSummaryResponse: {
      /** @description The figures are as of this day (today in the programme's time zone) */
      asOf: string;
      /** @description Attended ÷ invited, summed over the gatherings held so far; null before one was held */
      attendanceRate: number | null;
      /** @description completed ÷ pairs that started (approved, completed or ended), 4 decimals; null before any started */
      completionRate: number | null;
      /** @description Each month of the programme so far: active pairs and how many met the minimum */
      compliance: components['schemas']['ComplianceMonthResponse'][];
      /** @description Pairs meeting the minimum ÷ active pairs, summed over the closed months; null before one closed */
      complianceRate: number | null;
      /** @description Employment of mentees at the start and at the end */
      employment: components['schemas']['EmploymentFiguresResponse'];
      /**
       * @description Last day
       * @example 2027-09-17
       */
      endDate: string;
      /** @description Each gathering: invited, attended */
      gatherings: components['schemas']['GatheringFiguresResponse'][];
      /** @description Pairs by status (a coordinator: pairs whose mentee lives in their municipalities) */
      matches: components['schemas']['MatchFiguresResponse'];
      /** @description Meetings logged by those pairs */
      meetings: components['schemas']['MeetingFiguresResponse'];
      /** @description Whose share: the programme's municipalities, or those of them a coordinator holds */
      municipalityCodes: string[];
      /** @description Programme name */
      name: string;
      /** @description Participants (a coordinator: those living in their municipalities) */
      participants: components['schemas']['ParticipantFiguresResponse'];
      /**
       * Format: uuid
       * @description The programme
       */
      programmeId: string;
      /**
       * @description First day
       * @example 2027-01-18
       */
      startDate: string;
    };
    ProposalRunResponse: {
      /** @description Milliseconds the run took to load, score and solve */
      durationMs: number;
      /** @description Mentees the run considered */
      mentees: number;
      /** @description Free mentor places the run considered */
      mentorPlaces: number;
      /** @description The proposed pairs */
      proposals: components['schemas']['MatchResponse'][];
      /**
       * Format: uuid
       * @description Id of this run
       */
      runId: string;
      /** @description Sum of the proposed pairs' scores */
      totalScore: number;
      /** @description Each unmatched mentee with the rule that left them out */
      unmatched: components['schemas']['UnmatchedResponse'][];
      /** @description Mentees left without a proposal */
      unmatchedMenteeIds: string[];
    };
    ProposalRunSummaryResponse: {
      /**
       * Format: date-time
       * @description When it ran
       */
      createdAt: string;
      /** @description Mentees the run proposed a mentor for */
      matched: number;
      /** @description Mentees the run considered */
      mentees: number;
      /** @description Free mentor places the run considered */
      mentorPlaces: number;
      /** @description Municipalities the run covered (a coordinator’s run covers theirs); null for all */
      municipalityCodes: string[] | null;
      /**
       * Format: uuid
       * @description Id of the run
       */
      runId: string;
      /** @description The mentees it left without a proposal, with the rule that left them out (a coordinator: theirs) */
      unmatched: components['schemas']['UnmatchedResponse'][];
    };
    ReachFigures: {
      /** @description Of them, with career guidance done */
      careerGuidanceDone: number;
      /** @description Of them, enrolled in a mentor programme */
      inMentorProgramme: number;
      /** @description Of them, attended a theme evening held in the period */
      reachedByEvening: number;
      /** @description Newcomers registered */
      registered: number;
    };
    ReachOverviewResponse: {
      /** @description Every residence category over those municipalities, in a fixed order, zeros included */
      byCategory: components['schemas']['CategoryReach'][];
      /**
       * Format: date
       * @description First day of the period (Oslo), or null for open
       */
      from: string | null;
      /** @description The municipalities with a newcomer registered in the period (the one asked for, with or without), by name */
      municipalities: components['schemas']['MunicipalityReach'][];
      /**
       * Format: date
       * @description Last day of the period (Oslo), or null for open
       */
      to: string | null;
      /** @description The figures over every category and municipality */
      total: components['schemas']['ReachFigures'];
    };
    ReachResponse: {
      /** @description Every residence category, in a fixed order, zeros included */
      byCategory: components['schemas']['CategoryReach'][];
      /**
       * Format: date
       * @description First day of the period (Oslo), or null for open
       */
      from: string | null;
      /** @description Kommunenummer */
      municipalityCode: string;
      /**
       * Format: date
       * @description Last day of the period (Oslo), or null for open
       */
      to: string | null;
      /** @description The figures over every category */
      total: components['schemas']['ReachFigures'];
    };
    RejectMatchDto: {
      /**
       * @description Why the pair was rejected; the pair is never proposed again
       * @example They know each other
       */
      reason: string;
    };
    RunRemindersDto: {
      /**
       * @description Sweep as if the clock read this instant (default: now)
       * @example 2027-03-15T09:00:00+01:00
       */
      asOf?: string;
    };
    SaveInfoPageDto: {
      /**
       * @description The page as Markdown; HTML in it is sanitised (no scripts, styles, frames or images)
       * @example ## Norskopplæring
       *
       *     Du har rett og plikt til …
       */
      body: string;
      /**
       * @description The heading of the page
       * @example Rettigheter og plikter
       */
      title: string;
    };
    ScreeningDto: {
      /**
       * Format: date
       * @description Day the mentor signed the confidentiality declaration (YYYY-MM-DD, not in the future)
       * @example 2026-11-02
       */
      confidentialitySignedOn?: string | null;
      /**
       * Format: date
       * @description Day a coordinator saw the mentor's police certificate (YYYY-MM-DD, not in the future)
       * @example 2026-11-02
       */
      policeCertificateSeenOn?: string | null;
    };
    SurveyQuestionResponse: {
      /** @description Answers to this question */
      answered: number;
      /** @description The other questions: answers by value, every value listed (0 when none) */
      counts?: {
        [key: string]: number;
      };
      /**
       * @description progress (toward their own goals, 1–5), usefulness (of the meetings, 1–5); mentees only: employmentStatus (now), norwegianLevel (now: none or A1–C2), helped (into work or education: yes, partly, no)
       * @enum {string}
       */
      key: 'progress' | 'usefulness' | 'employmentStatus' | 'norwegianLevel' | 'helped';
      /** @description The 1–5 questions: the mean of the answers, to two decimals (none unanswered) */
      mean?: number;
    };
    SurveyResultResponse: {
      /** @description People who answered (a second answer replaces the first) */
      answered: number;
      /**
       * @description The survey: at the midway gathering, at the closing, or a follow-up
       * @enum {string}
       */
      kind: 'midway_survey' | 'closing_survey' | 'followup_survey';
      /** @description Each question with its answers counted */
      questions: components['schemas']['SurveyQuestionResponse'][];
      /** @description Survey emails sent */
      sent: number;
    };
    SweepResponse: {
      /** @description Emails this sweep decided and queued; 0 when the same day was swept before */
      enqueued: number;
      /** @description Emails decided earlier and still unsent, queued again in case their job was lost */
      requeued: number;
    };
    TeamMemberResponse: {
      /**
       * Format: date-time
       * @description When they were added
       */
      createdAt: string;
      /** @description Where the team's emails go */
      email: string;
      /**
       * Format: uuid
       * @description Id of the membership
       */
      id: string;
      /**
       * @description The municipality whose team it is
       * @example 1870
       */
      municipalityCode: string;
      /** @description Full name */
      name: string;
      /** @description The organisation they come from */
      organisation: string;
      /**
       * @description The sector of their organisation
       * @enum {string}
       */
      sector: 'municipal' | 'voluntary' | 'business' | 'other';
    };
    ThemeEveningResponse: {
      /** @description End, ISO 8601 with the offset of Europe/Oslo */
      endsAt: string;
      /**
       * Format: uuid
       * @description Evening id
       */
      id: string;
      /** @description Invitations decided for the current version (each sent once), less those cancelled because the newcomer withdrew consent or was erased */
      invited: number;
      /** @description The newcomers among the invited (those counted in invited) */
      invitedNewcomerIds: string[];
      /** @description The participants among the invited (those counted in invited) */
      invitedParticipantIds: string[];
      /** @description Where it is held */
      location: string;
      /** @description Kommunenummer */
      municipalityCode: string;
      /** @description Newcomers recorded as attending */
      newcomerIds: string[];
      /** @description Participants recorded as attending */
      participantIds: string[];
      /** @description Partners */
      partners: components['schemas']['EventPartnerResponse'][];
      /** @description The version of the invitation: 0, and one more at each change of time or place */
      sequence: number;
      /** @description Start, ISO 8601 with the offset of Europe/Oslo */
      startsAt: string;
      /**
       * @description The theme
       * @enum {string}
       */
      theme: 'school_education' | 'health_family' | 'voluntary_work' | 'other';
      /** @description Title shown in invitations */
      title: string;
    };
    UnmatchedResponse: {
      /**
       * Format: uuid
       * @description The mentee left without a proposal
       */
      menteeId: string;
      /**
       * @description The rule that left them out
       * @enum {string}
       */
      reason:
        | 'no_common_language'
        | 'too_far'
        | 'no_mentor_of_asked_gender'
        | 'all_candidates_rejected'
        | 'all_candidates_taken';
    };
    UpdateAccountDto: {
      /** @description Full name, shown in the console */
      name?: string;
      /** @description The language of the console and of the emails the user gets: bokmål, nynorsk or English */
      preferredLanguage?: components['schemas']['UserLanguage'];
    };
    UpdateGatheringDto: {
      /** @description New end, ISO 8601 with offset */
      endsAt?: string;
      /** @description Where it is held; null clears it */
      location?: string | null;
      /** @description New start, ISO 8601 with offset; moving it re-sends the invitation */
      startsAt?: string;
      /** @description Title shown in invitations */
      title?: string;
    };
    UpdateNewcomerDto: {
      /**
       * @description Month of arrival in the municipality, YYYY-MM
       * @example 2026-09
       */
      arrivalMonth?: string;
      /**
       * @description Year of birth (1900 to this year)
       * @example 1990
       */
      birthYear?: number;
      /** @description Career guidance; default {status: not_referred} */
      careerGuidance?: components['schemas']['CareerGuidanceDto'];
      /**
       * @description Basis of residence (never ethnicity or religion)
       * @enum {string}
       */
      category?: 'refugee' | 'family' | 'labour_eea' | 'labour_non_eea' | 'labour_spouse' | 'other';
      /** @description Consent per purpose; register must be true */
      consent?: components['schemas']['ConsentDto'];
      /**
       * @description ISCO-08 code of the profession they aim for
       * @example 5321
       */
      desiredProfessionCode?: string;
      /** @description Competence mapping: education. Not with inIntroductionProgramme (the mapping is in the state’s register) */
      education?: components['schemas']['EducationDto'];
      /**
       * @description Email (needed to enrol as a mentee)
       * @example olena@example.org
       */
      email?: string;
      /**
       * @description Gender
       * @enum {string}
       */
      gender?: 'female' | 'male' | 'other';
      /**
       * @description In the introduction programme: their competence mapping lives in the state’s register
       * @default false
       */
      inIntroductionProgramme: boolean;
      /** @description Languages spoken, each code at most once, at least one */
      languages?: components['schemas']['LanguageSkillDto'][];
      /**
       * @description Full name
       * @example Olena Kovalenko
       */
      name?: string;
      /**
       * @description Phone number
       * @example +47 912 34 567
       */
      phone?: string;
      /**
       * @description ISO 639-1 code of the language to write to them in
       * @example uk
       */
      preferredLanguage?: string;
      /**
       * @description ISCO-08 (STYRK-08) code of the profession (needed to enrol)
       * @example 2221
       */
      professionCode?: string;
      /** @description Competence mapping: years of work. Not with inIntroductionProgramme */
      workYears?: number;
    };
    UpdateParticipantDto: {
      /**
       * @description Year of birth (1900 to this year), for the funder report's age bands only
       * @example 1990
       */
      birthYear?: number;
      /** @description Mentor only: how many mentees they take (1-10, default 1) */
      capacity?: number;
      /**
       * @description Mentee only: basis of residence, reported for reach (never ethnicity or religion)
       * @enum {string}
       */
      category?: 'refugee' | 'family' | 'labour_eea' | 'labour_non_eea' | 'labour_spouse' | 'other';
      /**
       * @description Mentee only: ISCO-08 code of the profession they aim for
       * @example 5321
       */
      desiredProfessionCode?: string;
      /**
       * @description Email for reminders and invitations; unique within the programme
       * @example amina@example.org
       */
      email?: string;
      /**
       * @description Employment when the programme starts
       * @enum {string}
       */
      employmentStatusAtStart?: 'unemployed' | 'introduction_programme' | 'education' | 'part_time' | 'full_time';
      /**
       * @description Gender; needed when the mentee asks for a mentor of the same gender
       * @enum {string}
       */
      gender?: 'female' | 'male' | 'other';
      /** @description Languages spoken, each code at most once, at least one */
      languages?: components['schemas']['LanguageSkillDto'][];
      /**
       * @description Kommunenummer where the participant lives; one of the programme's municipalities
       * @example 1870
       */
      municipalityCode?: string;
      /**
       * @description Full name
       * @example Amina Hassan
       */
      name?: string;
      /**
       * @description Phone number
       * @example +47 912 34 567
       */
      phone?: string;
      /**
       * @description ISO 639-1 code of the language emails are written in
       * @example nb
       */
      preferredLanguage?: string;
      /**
       * @description ISCO-08 (STYRK-08) code of the profession, 1 to 4 digits
       * @example 2221
       */
      professionCode?: string;
      /**
       * @description Mentee only: asks for a mentor of the same gender
       * @default false
       */
      wantsSameGender: boolean;
    };
    UpdateProgrammeDto: {
      /** @description Last day, YYYY-MM-DD; the closing seminar moves with it */
      endDate?: string;
      /** @description The municipalities the programme covers (replaces the list) */
      municipalityCodes?: string[];
      /** @description Name of the programme (cohort) */
      name?: string;
      /** @description Rules to change; the others keep their values */
      rules?: components['schemas']['ProgrammeRulesDto'];
      /** @description First day, YYYY-MM-DD; the kickoff moves with it */
      startDate?: string;
      /** @description IANA time zone of the programme */
      timezone?: string;
    };
    UpdateThemeEveningDto: {
      /** @description New end, ISO 8601 with offset; a new time re-sends the invitation */
      endsAt?: string;
      /** @description Where it is held; a new place re-sends the invitation */
      location?: string;
      /** @description Partners of the evening, replaced whole */
      partners?: components['schemas']['EventPartnerDto'][];
      /** @description New start, ISO 8601 with offset; a new time re-sends the invitation */
      startsAt?: string;
      /**
       * @description The theme of the evening
       * @enum {string}
       */
      theme?: 'school_education' | 'health_family' | 'voluntary_work' | 'other';
      /** @description Title shown in invitations; changing only it sends no new invitation */
      title?: string;
    };
    UpdateUserDto: {
      /** @description true: the user can no longer log in, and their sessions end; false: they can log in again */
      disabled?: boolean;
      /**
       * @description Kommunenummer of the municipalities a coordinator holds (replaces the list; only for coordinators)
       * @example [
       *       "1870",
       *       "1866"
       *     ]
       */
      municipalityCodes?: string[];
      /** @description Full name, shown in the console */
      name?: string;
      /** @description admin, lead or coordinator. A coordinator needs municipalityCodes (kept from before when the role stays coordinator); moving away from coordinator drops the municipalities */
      role?: components['schemas']['UserRole'];
    };
    /**
     * @description The language of the console and of the emails the user gets
     * @enum {string}
     */
    UserLanguage: 'nb' | 'nn' | 'en';
    UserResponse: {
      /**
       * Format: date-time
       * @description When the account was created
       */
      createdAt: string;
      /** @description A disabled user cannot log in */
      disabled: boolean;
      /** @description Login email */
      email: string;
      /**
       * Format: uuid
       * @description User id
       */
      id: string;
      /** @description Municipalities held (coordinators); empty for admins and leads */
      municipalityCodes: string[];
      /** @description Full name */
      name: string;
      /** @description The language of the console and of the emails the user gets */
      preferredLanguage: components['schemas']['UserLanguage'];
      /** @description Role */
      role: components['schemas']['UserRole'];
    };
    /**
     * @description Role
     * @enum {string}
     */
    UserRole: 'admin' | 'lead' | 'coordinator';
    WeightsDto: {
      /** @description Weight of the language score (default 0.3) */
      language?: number;
      /** @description Weight of the location score (default 0.2) */
      location?: number;
      /** @description Weight of the profession score (default 0.5) */
      profession?: number;
    };
    WeightsResponse: {
      /** @description Weight of the language score */
      language: number;
      /** @description Weight of the location score */
      location: number;
      /** @description Weight of the profession score */
      profession: number;
    };
    WorkOrEducationResponse: {
      /** @description Of those, in work or education at the end */
      atEnd: number;
      /** @description Of those, in work or education (education, part_time, full_time) at the start */
      atStart: number;
      /** @description Mentees whose pair is over, with a status recorded at the start and at the end */
      mentees: number;
      /** @description atEnd ÷ mentees, 4 decimals */
      rateAtEnd: number | null;
      /** @description atStart ÷ mentees, 4 decimals */
      rateAtStart: number | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuditController_list: {
    parameters: {
      query?: {
        /** @description Only this action */
        action?: components['schemas']['AuditAction'];
        /** @description Only what this account did */
        actorId?: string;
        /** @description Only rows at or after this instant */
        from?: string;
        /** @description At most this many rows (1-1000; default 100) */
        limit?: number;
        /** @description Skip this many rows first */
        offset?: number;
        /** @description Only what was done to this person, pair, meeting or account */
        subjectId?: string;
        /** @description Only rows before this instant */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Audit rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  AuditController_csv: {
    parameters: {
      query?: {
        /** @description Only this action */
        action?: components['schemas']['AuditAction'];
        /** @description Only what this account did */
        actorId?: string;
        /** @description Only rows at or after this instant */
        from?: string;
        /** @description At most this many rows (1-1000; default 100) */
        limit?: number;
        /** @description Skip this many rows first */
        offset?: number;
        /** @description comma (default) or semicolon. With semicolon, decimals are written with a decimal comma (0,75), as Excel with Norwegian settings reads them. Either way the file is UTF-8 with a byte-order mark and dates are ISO 8601. */
        separator?: 'comma' | 'semicolon';
        /** @description Only what was done to this person, pair, meeting or account */
        subjectId?: string;
        /** @description Only rows before this instant */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  DashboardSessionController_open: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cookie is set */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid access token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description Not an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MailController_list: {
    parameters: {
      query?: {
        /** @description Only emails of this kind */
        kind?:
          | 'midmonth_nudge'
          | 'minimum_missed'
          | 'escalation'
          | 'gathering_invite'
          | 'gathering_reminder'
          | 'screening_expiry'
          | 'event_invite'
          | 'team_digest'
          | 'midway_survey'
          | 'closing_survey'
          | 'followup_survey'
          | 'retention_notice';
        /** @description At most this many items (1-1000) */
        limit?: number;
        /** @description Skip this many items first */
        offset?: number;
        /** @description Only emails of this status */
        status?: 'pending' | 'sent' | 'failed' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Outbox emails */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxEmailResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  RemindersController_run: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunRemindersDto'];
      };
    };
    responses: {
      /** @description What the sweep queued */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SweepResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description Logged in; or, for a user with a second factor (or whose role requires one, MFA_REQUIRED_ROLES), {mfaRequired: true, mfaToken} and no access token or cookie: POST /auth/mfa completes the login */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'] | components['schemas']['MfaChallengeResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description Wrong email or password, or a disabled account (the same answer for all) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many attempts for this address and email; wait a minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Logged out (also when there was no session to end) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_account: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
    };
  };
  AuthController_updateAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAccountDto'];
      };
    };
    responses: {
      /** @description The caller as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MfaController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The state */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MfaStatusResponse'];
        };
      };
    };
  };
  MfaController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MfaLoginDto'];
      };
    };
    responses: {
      /** @description Logged in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MfaLoginResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description A wrong or reused code (code wrong_code, field code), or an mfaToken expired, used or no longer valid (code mfa_token_invalid: log in again) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description Too many attempts, or the account must wait after wrong codes */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MfaController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MfaCodeDto'];
      };
    };
    responses: {
      /** @description Off */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No second factor is on (code mfa_not_enabled) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description Too many attempts for this user; wait a minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MfaController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MfaConfirmDto'];
      };
    };
    responses: {
      /** @description The second factor is on */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MfaRecoveryCodesResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No enrolment is in progress (code mfa_not_enrolling) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description Too many attempts for this user; wait a minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MfaController_enrol: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The secret, and its otpauth:// URI for a QR code */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MfaEnrolmentResponse'];
        };
      };
      /** @description A second factor is already on (code mfa_already_enabled) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  OidcController_callback: {
    parameters: {
      query?: {
        /** @description The provider's authorization code */
        code?: unknown;
        /** @description The provider's refusal (access_denied, say) */
        error?: unknown;
        /** @description The state of the login this answers */
        state?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the console (returnTo), or to /login?sso=<code> */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Single sign-on is not configured */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  OidcController_login: {
    parameters: {
      query?: {
        /** @description A path of the console to go to after signing in (one leading "/"); anything else means /programmes */
        returnTo?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the provider's authorization endpoint, or to /login?sso=unavailable */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Single sign-on is not configured */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  AuthController_options: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ways to log in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthOptionsResponse'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Changed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The new password is too short or long, or currentPassword is wrong (code wrong_password) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description Too many attempts for this user; wait a minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session goes on */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'];
        };
      };
      /** @description No cookie, or its session has ended; the cookie is cleared */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ThemeEveningsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateThemeEveningDto'];
      };
    };
    responses: {
      /** @description The evening as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThemeEveningResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such theme evening, or none of your municipalities */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ThemeEveningsController_setAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EventAttendanceDto'];
      };
    };
    responses: {
      /** @description The evening with its attendance */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThemeEveningResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such theme evening, or none of your municipalities */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  GatheringsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateGatheringDto'];
      };
    };
    responses: {
      /** @description The gathering as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatheringResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  GatheringsController_attendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Attendance */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  GatheringsController_setAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AttendanceDto'];
      };
    };
    responses: {
      /** @description Attendance as stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PostgreSQL and Redis answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description PostgreSQL or Redis does not answer (which, in details) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MatchingController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pair */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MatchingController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveMatchDto'];
      };
    };
    responses: {
      /** @description The approved pair */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description Already decided, the mentee has a mentor, or the mentor has no free place */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  CertificatesController_pdf: {
    parameters: {
      query?: {
        /** @description The certificate's language; default the mentee's, where there is one, else nb */
        lang?: 'nb' | 'nn' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such pair, or none you see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description Not completed, short of the completion rule, or the mentee was erased */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MeetingsController_compliance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Months */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MonthComplianceResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MatchingController_end: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndMatchDto'];
      };
    };
    responses: {
      /** @description The ended pair */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description The pair is not approved: only an active pair ends */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MeetingsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Meetings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MeetingsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMeetingDto'];
      };
    };
    responses: {
      /** @description The meeting */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description The pair is not approved (proposed, rejected or over) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MatchPausesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Pauses */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PauseResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MatchPausesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePauseDto'];
      };
    };
    responses: {
      /** @description The pause */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PauseResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description The pair has not started, or the pause overlaps another of the pair */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MatchingController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectMatchDto'];
      };
    };
    responses: {
      /** @description The rejected pair */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description The pair is already decided */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MunicipalitiesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every municipality */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MunicipalityResponse'][];
        };
      };
    };
  };
  MunicipalitiesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMunicipalityDto'];
      };
    };
    responses: {
      /** @description The municipality */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MunicipalityResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description A municipality with this code exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ThemeEveningsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Evenings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThemeEveningResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ThemeEveningsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateThemeEveningDto'];
      };
    };
    responses: {
      /** @description The evening */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThemeEveningResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  InfoPagesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Pages, bokmål, nynorsk and English first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InfoPageSummaryResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  InfoPagesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        language: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InfoPageResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  InfoPagesController_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        language: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveInfoPageDto'];
      };
    };
    responses: {
      /** @description The page as saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InfoPageResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  InfoPagesController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PreviewInfoPageDto'];
      };
    };
    responses: {
      /** @description The HTML */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InfoPagePreviewResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  NewcomersController_list: {
    parameters: {
      query?: {
        /** @description Only newcomers of this basis of residence */
        category?: 'refugee' | 'family' | 'labour_eea' | 'labour_non_eea' | 'labour_spouse' | 'other';
        /** @description Only newcomers whose career guidance has this status */
        guidance?: 'not_referred' | 'referred' | 'done' | 'declined';
        /** @description At most this many newcomers (1-500); X-Total-Count gives how many match in all */
        limit?: number;
        /** @description Skip this many newcomers first */
        offset?: number;
        /** @description Text to find in the name or email, in any case */
        q?: string;
        /** @description Only those on (true) or not on (false) the waiting list: consented to the mentor programme, in none */
        waiting?: boolean;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newcomers */
      200: {
        headers: {
          /** @description How many newcomers match the filters in all, whatever the page */
          'X-Total-Count'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NewcomerResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  NewcomersController_register: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNewcomerDto'];
      };
    };
    responses: {
      /** @description The newcomer */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NewcomerResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  NewcomersController_reach: {
    parameters: {
      query?: {
        /** @description Only newcomers registered on or after this day (Europe/Oslo) */
        from?: string;
        /** @description Only newcomers registered on or before this day (Europe/Oslo) */
        to?: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReachResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  NewcomersController_reachCsv: {
    parameters: {
      query?: {
        /** @description Only newcomers registered on or after this day (Europe/Oslo) */
        from?: string;
        /** @description comma (default) or semicolon. With semicolon, decimals are written with a decimal comma (0,75), as Excel with Norwegian settings reads them. Either way the file is UTF-8 with a byte-order mark and dates are ISO 8601. */
        separator?: 'comma' | 'semicolon';
        /** @description Only newcomers registered on or before this day (Europe/Oslo) */
        to?: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  TeamController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Members */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamMemberResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  TeamController_add: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTeamMemberDto'];
      };
    };
    responses: {
      /** @description The member */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamMemberResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description This email is already on the team */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  NewcomersController_waitingList: {
    parameters: {
      query?: {
        /** @description At most this many items (1-1000) */
        limit?: number;
        /** @description Skip this many items first */
        offset?: number;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The waiting list */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NewcomerResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such municipality, or not one of yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  NewcomersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The newcomer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NewcomerResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such newcomer, or none of your municipalities */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  NewcomersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNewcomerDto'];
      };
    };
    responses: {
      /** @description The newcomer as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NewcomerResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such newcomer, or none of your municipalities */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  NewcomersController_enrol: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnrolNewcomerDto'];
      };
    };
    responses: {
      /** @description The new mentee */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such newcomer, or none of your municipalities */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description The newcomer is in this programme already, or a participant of it has their email */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  PrivacyController_eraseNewcomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EraseDto'];
      };
    };
    responses: {
      /** @description Erased */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasedResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such newcomer */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description The newcomer was erased already (already_erased) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  PrivacyController_exportNewcomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such newcomer, or none you see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ParticipantsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The participant */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such participant, or none you see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ParticipantsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateParticipantDto'];
      };
    };
    responses: {
      /** @description The participant as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description Another participant of the programme has this email */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MatchingController_candidates: {
    parameters: {
      query?: {
        /** @description How many allowed mentors to return, best first (default 10); 0 returns every mentor, blocked ones included */
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Candidates */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidateResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  PrivacyController_eraseParticipant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EraseDto'];
      };
    };
    responses: {
      /** @description Erased */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasedResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such participant */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description The participant was erased already (already_erased) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  PrivacyController_exportParticipant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such participant, or none you may export */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ParticipantsController_putScreening: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScreeningDto'];
      };
    };
    responses: {
      /** @description The participant with the dates */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such participant, or none you see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  PausesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such pause, or not of a pair you may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ProfessionsController_list: {
    parameters: {
      query?: {
        /** @description The language of the search box: its titles rank first and come as `title`. The classification has no nynorsk titles, so nn searches and answers the bokmål ones. Without it both languages rank alike and `title` is bokmål */
        lang?: 'nb' | 'nn' | 'en';
        /** @description Only groups of this level: 1 major, 2 sub-major, 3 minor, 4 unit */
        level?: number;
        /** @description At most this many items (1-1000) */
        limit?: number;
        /** @description Skip this many items first */
        offset?: number;
        /** @description Words to find in the titles (each must be found; "nurse" finds Nursing, "sykepleier" Sykepleiere) or a code prefix; best matches first */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Matching groups */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProfessionResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ProgrammesController_list: {
    parameters: {
      query?: {
        /** @description At most this many items (1-1000) */
        limit?: number;
        /** @description Skip this many items first */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Programmes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ProgrammesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProgrammeDto'];
      };
    };
    responses: {
      /** @description The programme */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ProgrammesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The programme */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such programme, or none you see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ProgrammesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProgrammeDto'];
      };
    };
    responses: {
      /** @description The programme as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description Participants live in a municipality the change would leave out */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  PrivacyController_archive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The archive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such programme */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  PairsController_attention: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What needs attention */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeAttentionResponse'];
        };
      };
      /** @description No such programme, or none you see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ProgrammesController_listGatherings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Gatherings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatheringResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ProgrammesController_createGathering: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateGatheringDto'];
      };
    };
    responses: {
      /** @description The gathering */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatheringResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MatchingController_list: {
    parameters: {
      query?: {
        /** @description Only matches of this status */
        status?: 'proposed' | 'approved' | 'rejected' | 'completed' | 'ended';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Pairs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MatchingController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMatchDto'];
      };
    };
    responses: {
      /** @description The proposal */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description The mentee has a mentor, the mentor is full, or the pair is already proposed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  PairsController_list: {
    parameters: {
      query?: {
        /** @description Only pairs of this status */
        status?: components['schemas']['PairStatus'];
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pairs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PairResponse'][];
        };
      };
      /** @description No such programme, or none you see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ParticipantsController_list: {
    parameters: {
      query?: {
        /** @description Only mentees of this basis of residence */
        category?: 'refugee' | 'family' | 'labour_eea' | 'labour_non_eea' | 'labour_spouse' | 'other';
        /** @description Only mentees who have (true) or have not (false) a pair that holds a mentor, approved or completed; mentors are left out either way */
        hasMentor?: boolean;
        /** @description At most this many participants (1-500); X-Total-Count gives how many match in all */
        limit?: number;
        /** @description Only participants living in this municipality (kommunenummer) */
        municipalityCode?: string;
        /** @description Skip this many participants first */
        offset?: number;
        /** @description Text to find in the name or email, in any case; % and _ are plain characters */
        q?: string;
        /** @description Only mentors or only mentees */
        role?: 'mentor' | 'mentee';
        /** @description Order: by name (default), municipality name (then name) or registration time; a leading "-" reverses it */
        sort?: 'name' | '-name' | 'municipality' | '-municipality' | 'createdAt' | '-createdAt';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Participants */
      200: {
        headers: {
          /** @description How many participants match the filters in all, whatever the page */
          'X-Total-Count'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ParticipantsController_register: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateParticipantDto'];
      };
    };
    responses: {
      /** @description The participant */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description A participant of the programme has this email */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ParticipantsController_import: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description The CSV file */
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description Rows stored and rows refused */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MatchingController_runs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The runs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalRunSummaryResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  MatchingController_propose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run and its proposals */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalRunResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ReportsController_csv: {
    parameters: {
      query?: {
        /** @description comma (default) or semicolon. With semicolon, decimals are written with a decimal comma (0,75), as Excel with Norwegian settings reads them. Either way the file is UTF-8 with a byte-order mark and dates are ISO 8601. */
        separator?: 'comma' | 'semicolon';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such programme */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  ReportsController_pdf: {
    parameters: {
      query?: {
        /** @description The report's language; default the caller's preferredLanguage, else nb */
        lang?: 'nb' | 'nn' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such programme */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  StatsController_programme: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeStatsResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such programme, or none you see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  StatsController_programmeCsv: {
    parameters: {
      query?: {
        /** @description comma (default) or semicolon. With semicolon, decimals are written with a decimal comma (0,75), as Excel with Norwegian settings reads them. Either way the file is UTF-8 with a byte-order mark and dates are ISO 8601. */
        separator?: 'comma' | 'semicolon';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such programme, or none you see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  SurveysController_results: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description midway_survey, closing_survey, followup_survey */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SurveyResultResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such programme, or none you see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  NewcomersController_reachOverview: {
    parameters: {
      query?: {
        /** @description Only newcomers registered on or after this day (Europe/Oslo) */
        from?: string;
        /** @description Only this municipality */
        municipalityCode?: string;
        /** @description Only newcomers registered on or before this day (Europe/Oslo) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReachOverviewResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  StatsController_overview: {
    parameters: {
      query?: {
        /** @description Only programmes running on or after this day */
        from?: string;
        /** @description Only programmes covering this municipality, and in each only that municipality's share (its participants, and the pairs whose mentee lives there) */
        municipalityCode?: string;
        /** @description Only programmes running on or before this day */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One entry a programme, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeSummaryResponse'][];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  StatsController_overviewCsv: {
    parameters: {
      query?: {
        /** @description Only programmes running on or after this day */
        from?: string;
        /** @description Only programmes covering this municipality, and in each only that municipality's share (its participants, and the pairs whose mentee lives there) */
        municipalityCode?: string;
        /** @description comma (default) or semicolon. With semicolon, decimals are written with a decimal comma (0,75), as Excel with Norwegian settings reads them. Either way the file is UTF-8 with a byte-order mark and dates are ISO 8601. */
        separator?: 'comma' | 'semicolon';
        /** @description Only programmes running on or before this day */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  TeamMembersController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such member, or not of your municipalities */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'][];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      /** @description The user */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description A user has this email */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      /** @description The user as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: `message` lists every problem, `errors` the same with field, code and params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
      /** @description The change would leave no enabled admin */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponse'];
        };
      };
    };
  };
}
