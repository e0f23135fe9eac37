"""Accounts and roles: who may do what, passwords, and the slowing down of
repeated failed sign-ins. Domain rules only (no Qt, no SQL); the service
``ree_desk.services.accounts`` stores accounts and applies these rules."""
