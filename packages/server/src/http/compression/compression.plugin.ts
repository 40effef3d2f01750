/**
 * Compresses answers for clients that accept it: brotli first, then gzip. The web app's files are
 * compressed once at build time (scripts/compress-build.mjs) and sent as they are; this covers what
 * is made per request — JSON, SVG, HTML reports — above a size where compressing pays for itself.
 *
 * Brotli runs at quality 4: per request, its default (11) costs tens of milliseconds on a large
 * answer for a few percent of size, which the event loop cannot spare.
 */
import { constants } from "node:zlib";
import compress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

/** Answers smaller than this go as they are (the headers would outweigh the saving). */
export const COMPRESS_THRESHOLD_BYTES = 1024;

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    globalCompression: true,
    // Request bodies are taken as sent: inflating them would let a small upload outgrow the body limit.
    globalDecompression: false,
    encodings: ["br", "gzip"],
    threshold: COMPRESS_THRESHOLD_BYTES,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}
