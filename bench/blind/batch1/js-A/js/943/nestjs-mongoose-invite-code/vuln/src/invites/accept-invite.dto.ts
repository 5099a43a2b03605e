// DTO kept for OpenAPI docs only; the controller does not bind to it.
export class AcceptInviteDto {
  workspace: string;
  code: string;
}
