"""PyInstaller run-time hook for the Linux bundle: show Qt its plugins without importing Qt.

It replaces PyInstaller's own PySide6 hook, which imports PySide6 when any process starts (about
0.15 s, and Qt's libraries loaded into every command-line run). PySide6's wheels make their Qt
relocatable themselves when the desktop app imports them; Qt only needs the plugin folder.
"""

import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")
