import logging

log = logging.getLogger("support.audit")


def log_impersonation(actor_id: int, target_id: int) -> None:
    log.info("user %s now acting as %s", actor_id, target_id)
