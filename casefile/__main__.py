import sys

from casefile.launch import main

sys.exit(main())
