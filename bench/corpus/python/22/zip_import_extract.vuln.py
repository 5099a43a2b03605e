import os
import zipfile


class ThemeInstaller:
    def __init__(self, themes_dir="/srv/themes"):
        self.themes_dir = themes_dir

    def install(self, archive_path):
        with zipfile.ZipFile(archive_path) as zf:
            for member in zf.infolist():
                dest = os.path.join(self.themes_dir, member.filename)
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with zf.open(member) as src, open(dest, "wb") as out:  # cg-expect: CWE-22
                    out.write(src.read())
