"""Applies bench/compare-template.sh's changes to the stock template's Program.cs; fails if the template changed shape."""
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
changes = [
    # Sign the new user in straight away, as Festival does (the stock template asks for a confirmed email first).
    ("options => options.SignIn.RequireConfirmedAccount = true)\n    .AddEntityFrameworkStores<ApplicationDbContext>();",
     "options => options.SignIn.RequireConfirmedAccount = false)\n    .AddRoles<IdentityRole>()\n"
     "    .AddEntityFrameworkStores<ApplicationDbContext>()\n    .AddUserManager<StockIdentity.DefaultRoleUserManager>();"),
    # The default role exists before the first registration.
    ("var app = builder.Build();\n",
     "var app = builder.Build();\n\nusing (var scope = app.Services.CreateScope())\n{\n"
     "    var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();\n"
     "    if (!await roles.RoleExistsAsync(StockIdentity.DefaultRoleUserManager.DefaultRole))\n    {\n"
     "        await roles.CreateAsync(new IdentityRole(StockIdentity.DefaultRoleUserManager.DefaultRole));\n    }\n}\n"),
]
for old, new in changes:
    if text.count(old) != 1:
        sys.exit(f"{path}: expected exactly one '{old.splitlines()[0]}'; the template has changed, update {sys.argv[0]}")
    text = text.replace(old, new)
open(path, "w", encoding="utf-8").write(text)
