import shlex
import subprocess


def printer_status(name: str) -> str:
    cmd = "lpstat -p " + name + " -l"
    try:
        return subprocess.check_output(cmd, shell=True, text=True, timeout=10)  # cg-expect: CWE-78
    except subprocess.CalledProcessError:
        return "unknown"
