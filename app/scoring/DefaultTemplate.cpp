#include "scoring/DefaultTemplate.h"

#include "core/CoreResources.h"
#include "scoring/TemplateJson.h"

#include <QFile>

namespace tollgate
{

namespace
{

Template loadDefaultTemplate()
{
    ensureCoreResources();
    QFile file(QStringLiteral(":/templates/default.json"));
    // The file is compiled into the program and checked by the tests: failing here means a
    // broken build, not bad user input, so there is nothing sensible to carry on with.
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The embedded default template is missing from this build.");
    Result<Template> t = templateFromJson(file.readAll());
    if (!t)
        qFatal("The embedded default template is invalid: %s", qPrintable(t.error().message));
    return *t;
}

} // namespace

Template defaultTemplate()
{
    static const Template cached = loadDefaultTemplate();
    return cached;
}

} // namespace tollgate
