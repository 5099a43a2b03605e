from .models import Ticket


def can_view_ticket(user, ticket_id: int) -> bool:
    ticket = Ticket.query.get(ticket_id)
    if ticket is None:
        return False
    return user.is_staff or ticket.requester_id == user.id
