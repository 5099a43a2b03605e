import { describe, expect, it } from "vitest";
import { classifyStoreFailure } from "./store-errors.js";

function driverError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

/** A PostgreSQL server that goes away is "unreachable" (503 over HTTP), whatever stage the query was at. */
describe("classifyStoreFailure", () => {
  it.each<[string, Error, string]>([
    [
      "a refused connection",
      driverError("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"),
      "CG_STORE_UNREACHABLE",
    ],
    [
      "a fast shutdown under a query",
      driverError("terminating connection due to administrator command", "57P01"),
      "CG_STORE_UNREACHABLE",
    ],
    [
      "a crash of another backend",
      driverError("terminating connection because of crash of another server process", "57P02"),
      "CG_STORE_UNREACHABLE",
    ],
    [
      "a server still starting",
      driverError("the database system is starting up", "57P03"),
      "CG_STORE_UNREACHABLE",
    ],
    [
      "a socket closed under a query",
      driverError("Connection terminated unexpectedly"),
      "CG_STORE_UNREACHABLE",
    ],
    [
      "a refused login",
      driverError('password authentication failed for user "cg"', "28P01"),
      "CG_STORE_UNREACHABLE",
    ],
    ["a syntax error", driverError('syntax error at or near "selec"', "42601"), "CG_STORE_FAILED"],
    ["a full disk", driverError("database or disk is full", "SQLITE_FULL"), "CG_STORE_DISK_FULL"],
  ])("%s", (_name, error, failure) => {
    expect(classifyStoreFailure(error)).toBe(failure);
  });
});
