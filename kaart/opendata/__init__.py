"""Open data: the directory as Open Referral HSDS 3.0 (API, export, import) and Wagtail API fields."""
