// A client as a user of Verme's API would write it: the types generated from the served description
// (openapi-typescript, into generated/) used through openapi-fetch. OpenApiContractTest compiles it with
// tsc --noEmit; a description a generator cannot trust fails here.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/verme-api";

type Problem = components["schemas"]["ProblemDetail"];

const api = createClient<paths>({ baseUrl: "http://localhost:8080/" });

/** A group's name, or the problem's title in the reader's language. */
export async function groupName(groupId: string): Promise<string> {
  const { data, error } = await api.GET("/api/groups/{groupId}", { params: { path: { groupId } } });
  if (error) {
    const problem: Problem = error;
    return problem.title;
  }
  return data.name ?? groupId;
}

/** Starts a group; a retry with the same key gets the first answer. */
export async function startGroup(groupId: string, idempotencyKey: string): Promise<number> {
  const { response } = await api.POST("/api/groups/{groupId}/start", {
    params: { path: { groupId }, header: { "Idempotency-Key": idempotencyKey } },
  });
  return response.status;
}

/** The open enrolment calls, for anyone. */
export async function openCalls(): Promise<number> {
  const { data } = await api.GET("/api/enrolment-calls");
  return data ? data.length : 0;
}
