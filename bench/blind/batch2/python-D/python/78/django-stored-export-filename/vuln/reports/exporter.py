import os
import shlex
import subprocess
import tempfile

from .models import SavedReport


class ReportExporter:
    export_root = "/var/exports"

    def __init__(self, report_id: int):
        self.report = SavedReport.objects.get(pk=report_id)

    def write_csv(self, path: str) -> None:
        with open(path, "w") as fh:
            fh.write("id,value\n")

    def export(self) -> str:
        workdir = tempfile.mkdtemp(prefix="rep-")
        csv_path = os.path.join(workdir, "data.csv")
        self.write_csv(csv_path)
        archive = os.path.join(self.export_root, f"{self.report.pk}.zip")
        title = self.report.title
        subprocess.check_call(  # cg-expect: CWE-78
            f"cd {workdir} && zip -q -z {archive} data.csv <<< \"{title}\"",
            shell=True, executable="/bin/bash",
        )
        return archive
