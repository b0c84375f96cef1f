#include "InspectCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("skops-inspect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SKOPS_VERSION));
    InspectCli cli;
    return cli.run(QCoreApplication::arguments());
}
