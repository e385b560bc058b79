import { availableParallelism, networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port.default(3000),
    HOST: z.string().default('0.0.0.0'),
    PUBLIC_URL: z.string().url().optional(),
    DATA_DIR: z.string().default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
      .optional(),
    JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
    RTC_LISTEN_IP: z.string().default('0.0.0.0'),
    RTC_ANNOUNCED_IP: z.string().optional(),
    RTC_MIN_PORT: port.default(40000),
    RTC_MAX_PORT: port.default(40999),
    SFU_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
    TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Extra origins allowed to open the signalling WebSocket, comma-separated (PUBLIC_URL's always is). */
    ALLOWED_ORIGINS: z
      .string()
      .refine((v) => v.split(',').every((o) => !o.trim() || URL.canParse(o.trim())), {
        message: 'ALLOWED_ORIGINS must be a comma-separated list of origins such as https://partner.example',
      })
      .optional(),
    /** Bearer token for /metrics; unset means /metrics is not served. */
    METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
    /** Development only: /api/dev/token mints tokens for `dev-` rooms without an account. */
    CONVENE_DEV_TOKENS: z.enum(['true', 'false', '1', '0']).default('false'),
    /** Pre-call connectivity probes running at once on this server (each link or sign-in may run 2). */
    PRECHECK_MAX_PROBES: z.coerce.number().int().min(1).max(10_000).default(50),
    /** Seconds a call may go with no member of staff in it (a reload rejoins well within) before the guest is held. */
    CALL_ABSENCE_GRACE_SECONDS: z.coerce.number().min(0.1).max(3600).default(60),
    CALL_RESUME_GRACE_SECONDS: z.coerce.number().min(0.1).max(300).default(20),
  })
  .refine((e) => e.RTC_MIN_PORT <= e.RTC_MAX_PORT, { message: 'RTC_MIN_PORT must not exceed RTC_MAX_PORT' })
  .refine((e) => e.NODE_ENV !== 'production' || e.PUBLIC_URL, {
    message: 'PUBLIC_URL is required in production (invite links and the allowed Origin come from it)',
    path: ['PUBLIC_URL'],
  })
  .refine((e) => e.NODE_ENV !== 'production' || !isOn(e.CONVENE_DEV_TOKENS), {
    message: 'CONVENE_DEV_TOKENS must never be set in production',
    path: ['CONVENE_DEV_TOKENS'],
  });

function isOn(flag: string): boolean {
  return flag === 'true' || flag === '1';
}

export interface Config {
  production: boolean;
  port: number;
  host: string;
  publicUrl: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  jwtSecret: string | undefined;
  rtc: { listenIp: string; announcedAddress: string; minPort: number; maxPort: number };
  sfuWorkers: number;
  logLevel: string;
  /** Behind a reverse proxy: take the client's address from the last X-Forwarded-For entry. */
  trustProxy: boolean;
  /** Origins (scheme://host[:port]) whose pages may open the signalling WebSocket, beyond PUBLIC_URL's. */
  allowedOrigins: string[];
  metricsToken: string | undefined;
  devTokens: boolean;
  maxProbes: number;
  absenceGraceMs: number;
  /** How long a call keeps the place of someone whose connection dropped, for them to resume it. */
  resumeGraceMs: number;
}

/** The address browsers are told to send media to when none is configured. */
function guessAnnouncedAddress(listenIp: string): string {
  if (listenIp !== '0.0.0.0') return listenIp;
  for (const addrs of Object.values(networkInterfaces())) {
    for (const a of addrs ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'env'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    production: e.NODE_ENV === 'production',
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    jwtSecret: e.JWT_SECRET,
    rtc: {
      listenIp: e.RTC_LISTEN_IP,
      announcedAddress: e.RTC_ANNOUNCED_IP ?? guessAnnouncedAddress(e.RTC_LISTEN_IP),
      minPort: e.RTC_MIN_PORT,
      maxPort: e.RTC_MAX_PORT,
    },
    sfuWorkers: e.SFU_WORKERS ?? availableParallelism(),
    trustProxy: isOn(e.TRUST_PROXY),
    logLevel: e.LOG_LEVEL,
    allowedOrigins: (e.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)
      .map((o) => new URL(o).origin),
    metricsToken: e.METRICS_TOKEN,
    devTokens: isOn(e.CONVENE_DEV_TOKENS),
    maxProbes: e.PRECHECK_MAX_PROBES,
    absenceGraceMs: e.CALL_ABSENCE_GRACE_SECONDS * 1000,
    resumeGraceMs: e.CALL_RESUME_GRACE_SECONDS * 1000,
  };
}
