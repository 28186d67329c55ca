# Replaces the contributed hook of lxml, which takes every submodule, and
# with them doctest, pdb and readline (lxml.doctestcompare), webbrowser
# (lxml.html) and a second static copy of libxml2 (lxml.objectify).
# python-docx loads lxml.etree alone, and the contributed hook of
# lxml.etree adds the lxml._elementpath it imports.
hiddenimports = []
