"""Language-model providers behind one small interface (see `base.py`)."""
