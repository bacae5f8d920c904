// The next file is <now>_add_invoice_note.xml beside the others, its include just above JHipster's needle, ids <stamp>-1.
File dir = new File(basedir, 'src/main/resources/config/liquibase')
def written = new File(dir, 'changelog').listFiles().findAll { it.name ==~ /\d{14}_add_invoice_note\.xml/ }
assert written.size() == 1
String name = written[0].name
String stamp = name.substring(0, 14)
assert stamp > '20240301000000'
String xml = written[0].text
assert xml.contains("id=\"${stamp}-1\"") && xml.contains('<addColumn') && xml.contains('name="note"')
String master = new File(dir, 'master.xml').text
String include = "    <include file=\"config/liquibase/changelog/${name}\" relativeToChangelogFile=\"false\"/>\n"
assert master.contains('_added_entity_Invoice.xml" relativeToChangelogFile="false"/>\n' + include
    + '    <!-- jhipster-needle-liquibase-add-changelog')
assert master.count('<include ') == 4
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
