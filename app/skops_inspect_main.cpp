#include "AppTranslator.h"
#include "InspectCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    skops::AppTranslator::install();
    QCoreApplication::setApplicationName(QStringLiteral("skops-inspect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SKOPS_VERSION));
    InspectCli cli;
    return cli.run(QCoreApplication::arguments());
}
