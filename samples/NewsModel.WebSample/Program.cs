using NewsModel.WebSample;

// A localized news site on NewsModel: /{lang}/ for every language of the label catalog, article pages rendered from the
// repository's sample page text, their canonical JSON and schema.org JSON-LD, and the cookie banner of NewsModel.AspNetCore.
var app = WebSampleApp.Create(args);
app.Run();
