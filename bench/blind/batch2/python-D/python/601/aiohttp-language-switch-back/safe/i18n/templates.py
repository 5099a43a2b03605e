LANGUAGE_MENU = """
<nav class="lang">
  <a href="/lang/en?back={path}">English</a>
  <a href="/lang/de?back={path}">Deutsch</a>
  <a href="/lang/fr?back={path}">Français</a>
  <a href="/lang/es?back={path}">Español</a>
</nav>
"""
