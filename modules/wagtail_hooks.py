# Admin wiring for the learning site lives here (menus, snippets) as the site grows.
