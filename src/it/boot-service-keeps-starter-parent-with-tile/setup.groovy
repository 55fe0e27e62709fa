evaluate(new File(itSources, 'lib/boot-service.groovy')).copyInto(itSources, basedir)
// A format error: one method squeezed onto one line.
def service = new File(basedir, 'src/main/java/com/acme/orders/OrderService.java')
service.text = service.text.replace('  public List<PurchaseOrder> ordersOf(String customer) {\n    return orders.findByCustomer(customer);\n  }',
    '  public List<PurchaseOrder> ordersOf(String customer) { return orders.findByCustomer(customer); }')
true
