#pragma once

#include <QFrame>

namespace wsdash {

// A rounded card on the window background: the frame of KPI tiles and chart panels. A stale
// card has a dashed border.
class CardFrame : public QFrame
{
    Q_OBJECT

public:
    explicit CardFrame(QWidget* parent = nullptr);
    ~CardFrame() override;

    void setStale(bool stale);
    bool isStale() const { return m_stale; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    bool m_stale = false;
};

} // namespace wsdash
