"""Runtime hook of the Linux bundle (installers/ree-desk.spec): Qt loads
plugins from the bundle only, never from a QT_PLUGIN_PATH the session sets
for the system's Qt. PyInstaller's own PySide6 hook does this too, but also
imports QtCore at every start to write a qt.conf the PySide6 wheel writes
itself, which cost each command line run about 0.1 s before it did anything."""
import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")
