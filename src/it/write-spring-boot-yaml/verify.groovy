// The next file in changes/, numbered after 001, in YAML, included by the master like 001; a rename, not drop + add.
File dir = new File(basedir, 'src/main/resources/db/changelog')
File written = new File(dir, 'changes/002-rename-invoice-notes.yaml')
assert written.isFile()
String yaml = written.text
assert yaml.contains('renameColumn') && yaml.contains('oldColumnName: notes') && yaml.contains('newColumnName: note')
assert !yaml.contains('dropColumn')
assert yaml.contains("id: '2'") && yaml.contains('author: jane')
assert new File(dir, 'db.changelog-master.yaml').text == """databaseChangeLog:
  - include:
      file: db/changelog/changes/001-create-invoice.yaml
  - include:
      file: db/changelog/changes/002-rename-invoice-notes.yaml
"""
String log = new File(basedir, 'build.log').text
assert log.contains("Migration written: ${written}")
assert log.contains('  + 1. rename column invoice notes to note')
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
