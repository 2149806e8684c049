# Release tasks. Day-to-day: bash tools/run-app.sh, bash tools/run-tests.sh (see README.md).
.PHONY: package smoke-test lock icons

# The Linux bundle dist/casefile/ and dist/casefile-<version>-linux-x86_64.tar.gz, smoke-tested.
package:
	bash packaging/build.sh

# The smoke test again, on the last dist/casefile/ build.
smoke-test:
	CASEFILE_INSPECT_PYTHON=build/venv/bin/python CASEFILE_SOURCE_ROOT=$(CURDIR) bash packaging/smoke_test.sh dist/casefile

# Regenerate requirements.lock and packaging/build-requirements.lock (hashed) from PyPI.
lock:
	bash packaging/lock.sh

# Re-render the PNG/ICO/ICNS icons from resources/icons/casefile.svg.
icons:
	QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
