import { describe, expect, it } from "vitest";
import { EVENT_SCHEMAS, EVENT_TYPES, SCHEMA_VERSION, StageError, eventKeyOfSubject, subjectFor, toStageError } from "../src/index.ts";

describe("subjects", () => {
  it("carry the namespace in place of the default prefix", () => {
    expect(subjectFor("ink", "articleFetched")).toBe("ink.article.fetched");
    expect(subjectFor("t_run1", "ingestRequested")).toBe("t_run1.ingest.requested");
    expect(eventKeyOfSubject("t_run1", "t_run1.article.indexed")).toBe("articleIndexed");
    expect(eventKeyOfSubject("t_run1", "ink.article.indexed")).toBeUndefined();
  });

  it("name exactly the seven events of the contract", () => {
    expect(Object.values(EVENT_TYPES).sort()).toEqual([
      "ink.article.enriched",
      "ink.article.failed",
      "ink.article.fetched",
      "ink.article.indexed",
      "ink.article.parsed",
      "ink.article.skipped",
      "ink.ingest.requested",
    ]);
  });
});

describe("event schemas", () => {
  it("accept a valid fetched event and reject one without schemaVersion or with a bad id", () => {
    const fetched = {
      schemaVersion: SCHEMA_VERSION,
      articleId: "0123456789abcdef0123",
      url: "https://example.com/a",
      finalUrl: "https://example.com/a",
      fetchedAt: "2024-03-14T09:41:12.000Z",
      status: 200,
      contentType: "text/html",
      encoding: "utf-8",
      encodingSource: "header",
      page: { bucket: "ink_pages", name: "0123456789abcdef0123.html", size: 1234 },
    };
    expect(EVENT_SCHEMAS.articleFetched.safeParse(fetched).success).toBe(true);
    const { schemaVersion: _v, ...noVersion } = fetched;
    expect(EVENT_SCHEMAS.articleFetched.safeParse(noVersion).success).toBe(false);
    expect(EVENT_SCHEMAS.articleFetched.safeParse({ ...fetched, articleId: "XYZ" }).success).toBe(false);
    expect(EVENT_SCHEMAS.articleFetched.safeParse({ ...fetched, schemaVersion: 2 }).success).toBe(false);
  });

  it("only accept failure reasons from the list", () => {
    const failed = {
      schemaVersion: SCHEMA_VERSION,
      stage: "fetcher",
      reason: "http_4xx",
      message: "HTTP 404",
      retryable: false,
      deliveryCount: 1,
      failedAt: "2024-03-14T09:41:12.000Z",
      original: { type: "ink.ingest.requested", subject: "ink.ingest.requested" },
    };
    expect(EVENT_SCHEMAS.articleFailed.safeParse(failed).success).toBe(true);
    expect(EVENT_SCHEMAS.articleFailed.safeParse({ ...failed, reason: "oops" }).success).toBe(false);
  });
});

describe("toStageError", () => {
  it("keeps stage errors and treats unknown throws as transient internal errors", () => {
    const se = new StageError("http_4xx", "HTTP 404");
    expect(toStageError(se)).toBe(se);
    const unknown = toStageError(new TypeError("boom"));
    expect(unknown.reason).toBe("internal_error");
    expect(unknown.retryable).toBe(true);
    expect(unknown.cause).toBeInstanceOf(TypeError);
  });
});
