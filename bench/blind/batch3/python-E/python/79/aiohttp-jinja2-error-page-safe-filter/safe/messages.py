from markupsafe import Markup, escape

def flash_html(msg: str) -> Markup:
    return Markup('<div class="flash">') + escape(msg) + Markup("</div>")
