"""The self-check 'Hoe gaat het met je?': form, scores, suggestions, spider-web chart and PDF.

Privacy by construction: nothing here writes to the database, the session or the log. The result is
rendered from the submitted form (POST) or from a link the resident chose to share (GET).
"""
