"""The action server of the leg-pain assistant (`rasa run actions --actions actions`).

actions.py     the actions: validate_symptom_form, action_triage_summary, action_record_red_flags
findings.py    slots <-> triage findings; numbers in free text
questions.py   the interview's questions and their quick-reply buttons
summary.py     the summary's wording around what triage says
"""
