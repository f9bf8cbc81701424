#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace orglens::widgets {

// One OrgLens window per user: the first process listens on a per-user local socket; a later launch hands its
// token (or an empty one: "show the window") to it and exits. The socket lives in the user's runtime
// directory ($XDG_RUNTIME_DIR, mode 0700) and only the user may connect, so tokens never cross users.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultServerName();

    // Hands `token` to a running instance; true when that instance took it and this process should exit.
    bool handOff(const QString &token, int timeoutMs = 3000);
    // Becomes the running instance (replacing a socket left behind by a crashed one); false on failure,
    // with the reason in errorString().
    bool listen();
    QString errorString() const;

signals:
    // A later launch handed over `token` (empty when it was started without one).
    void tokenReceived(const QString &token);

private:
    void readHandOff(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace orglens::widgets
