"""Partner accounts: roles, invitations, freshness checks and change suggestions (issue 5).

Partner data is kaart data, so this lives in kaart; other apps are referenced by app label only.
"""
