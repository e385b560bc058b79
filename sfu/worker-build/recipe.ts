import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How the mediasoup worker is compiled here without meson, pip or anything fetched from
 * outside the npm registry: the sources shipped in mediasoup's own npm tarball, Debian's
 * libraries, and the small compatibility headers in ./compat.
 */

/** Debian packages the worker build needs. */
export const WORKER_BUILD_PACKAGES = [
  'g++',
  'make',
  'pkg-config',
  'libssl-dev',
  'libuv1-dev',
  'libsrtp2-dev',
  'libabsl-dev',
  'libflatbuffers-dev',
  'flatbuffers-compiler',
];

export const CXX_FLAGS = [
  '-std=c++20',
  '-O3',
  '-Wall',
  '-DNDEBUG',
  '-DMS_LITTLE_ENDIAN',
  '-DMS_EXECUTABLE',
  '-DFLATBUFFERS_LOCALE_INDEPENDENT=1',
];

export const PKG_CONFIG_LIBS = ['libuv', 'openssl', 'libsrtp2', 'flatbuffers', 'absl_strings', 'absl_optional'];

/** Options upstream passes to flatc in worker/fbs/FBS/meson.build. */
export const FLATC_ARGS = [
  '--cpp',
  '--cpp-field-case-style',
  'lower',
  '--reflect-names',
  '--scoped-enums',
  '--filename-suffix',
  '',
];

/** The sources upstream's meson.build compiles into the worker executable. */
export function listWorkerSources(workerDir: string): { cpp: string[]; libwebrtc: string[]; fbs: string[] } {
  const quoted = (file: string, pattern: RegExp): string[] => [
    ...new Set([...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1]!)),
  ];
  const cpp = quoted(join(workerDir, 'meson.build'), /'(src\/[^']+\.cpp)'/g);
  const libwebrtc = quoted(join(workerDir, 'deps/libwebrtc/meson.build'), /'(libwebrtc\/[^']+\.cc)'/g).map(
    (f) => `deps/libwebrtc/${f}`,
  );
  const fbs = quoted(join(workerDir, 'fbs/meson.build'), /'([A-Za-z]+\.fbs)'/g).map((f) => `fbs/${f}`);
  if (!cpp.includes('src/main.cpp') || cpp.length < 150 || libwebrtc.length < 30 || fbs.length < 20) {
    throw new Error(
      `mediasoup's meson files no longer list the sources the way this build expects ` +
        `(found ${cpp.length} .cpp, ${libwebrtc.length} libwebrtc .cc, ${fbs.length} .fbs); update sfu/worker-build/recipe.ts`,
    );
  }
  return { cpp, libwebrtc, fbs };
}

/**
 * Source fixes applied to the copied sources. Each must apply exactly once: a newer mediasoup
 * that changed the code must make the build fail loudly rather than ship a worker without it.
 */
export const SOURCE_FIXES: { file: string; why: string; from: string; to: string }[] = [
  {
    file: 'src/RTC/DtlsTransport.cpp',
    why:
      'BIO_CB_RETURN is a bit flag OR-ed into operationType. Comparing with == makes the callback ' +
      'answer 1 to BIO_CTRL_GET_KTLS_SEND, so an OpenSSL built with kTLS (Debian 12) never allocates ' +
      'its write buffer and the worker crashes (SIGSEGV in SSL_read) on the first DTLS handshake.',
    from: 'const long resultOfcallback = (operationType == BIO_CB_RETURN) ? static_cast<long>(ret) : 1;',
    to: 'const long resultOfcallback = (operationType & BIO_CB_RETURN) ? static_cast<long>(ret) : 1;',
  },
];
