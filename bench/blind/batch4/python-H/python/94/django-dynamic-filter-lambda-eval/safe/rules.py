import ast
import operator

CMP = {ast.Gt: operator.gt, ast.Lt: operator.lt, ast.Eq: operator.eq}


class RuleEngine:
    def __init__(self, rules):
        self.rules = rules

    def _compile(self, condition: str):
        node = ast.parse(condition, mode="eval").body
        if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in CMP
                and isinstance(node.left, ast.Name) and isinstance(node.comparators[0], ast.Constant)):
            raise ValueError("unsupported rule")
        field, op, value = node.left.id, CMP[type(node.ops[0])], node.comparators[0].value
        return lambda ticket: op(ticket.get(field), value)

    def matching(self, ticket: dict) -> list[str]:
        return [r.name for r in self.rules if self._compile(r.condition)(ticket)]
