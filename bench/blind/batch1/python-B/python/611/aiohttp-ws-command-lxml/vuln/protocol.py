from lxml import etree


class CommandDecoder:
    """Decodes <command name="..."><arg>..</arg></command> frames."""

    max_frame = 64 * 1024

    def __init__(self):
        self._parser = etree.XMLParser(
            resolve_entities=True,
            no_network=False,
            recover=False,
        )

    def decode(self, frame: str) -> dict:
        if len(frame) > self.max_frame:
            raise ValueError("frame too large")
        try:
            root = etree.fromstring(frame.encode("utf-8"), self._parser)  # cg-expect: CWE-611
        except etree.XMLSyntaxError:
            raise ValueError("not a command frame")
        if root.tag != "command":
            raise ValueError("unexpected root element")
        return {
            "name": root.get("name", ""),
            "args": [a.text or "" for a in root.iterfind("arg")],
        }
