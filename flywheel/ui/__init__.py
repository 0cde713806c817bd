"""The only Streamlit-aware code: cached services and widgets shared by the pages."""
