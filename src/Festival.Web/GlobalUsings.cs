global using Festival.Web.Security;
