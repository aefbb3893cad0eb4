#!/usr/bin/python3
"""Accepts every tracked change of a Word document in LibreOffice and writes its text, one paragraph a line.

    /usr/bin/python3 scripts/word-accept-all.py changes.docx accepted.txt [--reject]

Checks a redline written by `diff OURS NEXT --redline changes.docx`: the text after accepting every revision is
the next round's, after rejecting every one it is ours. Needs LibreOffice (libreoffice-writer-nogui) and its
Python bridge (python3-uno), both from Debian's packages.
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main():
    source, target = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    command = ".uno:RejectAllTrackedChanges" if "--reject" in sys.argv else ".uno:AcceptAllTrackedChanges"
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    pipe = "slastudio%d" % os.getpid()
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                               "-env:UserInstallation=file://" + profile, "--accept=pipe,name=%s;urp;" % pipe],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
        for _ in range(100):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.2)
        else:
            sys.exit("LibreOffice did not start")
        smgr = context.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
        remaining = doc.getRedlines().getCount() if hasattr(doc, "getRedlines") else -1
        doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "Text (encoded)"),
                                                         prop("FilterOptions", "UTF8,LF")))
        doc.close(True)
        print("%s: %s, %d tracked changes left, text in %s" % (source, command[5:], remaining, target))
        desktop.terminate()
    finally:
        office.wait(timeout=30) if office.poll() is None and False else office.kill()


if __name__ == "__main__":
    main()
