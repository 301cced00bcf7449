/**
 * How the major kits really render an icon-only edit button, and the destructive ones that must
 * never pass for it. Markup as MUI, Font Awesome, Element Plus, heroicons and Bootstrap ship it.
 */
import { describe, expect, it } from 'vitest';
import { isEditControl, isMoreControl } from '../../utils/sites/vendorauto/controls';
import { iconNameWords, isPencilPath } from '../../utils/sites/vendorauto/vocabulary';

function button(inner: string, attributes = ''): Element {
  document.body.innerHTML = `<button type="button" ${attributes}>${inner}</button>`;
  const element = document.body.firstElementChild;
  if (!element) throw new Error('no button');
  return element;
}

const svgPath = (d: string) =>
  `<svg viewBox="0 0 24 24" aria-hidden="true"><path d="${d}"></path></svg>`;

describe('edit controls as the kits render them', () => {
  it.each([
    [
      'MUI data-testid only',
      '<svg data-testid="EditIcon" viewBox="0 0 24 24"><path d="M0 0"></path></svg>',
      '',
    ],
    ['Font Awesome 6 <i>', '<i class="fa-solid fa-pen"></i>', ''],
    [
      'Font Awesome 6 SVG',
      '<svg data-icon="pen-to-square" class="svg-inline--fa fa-pen-to-square"></svg>',
      '',
    ],
    ['Bootstrap 5 tooltip', '<i class="bi bi-three-dots"></i>', 'data-bs-original-title="Edit"'],
    ['Bootstrap 4 tooltip', '<span></span>', 'data-original-title="Bearbeiten"'],
    ['CSS tooltip', '<span></span>', 'data-tooltip="Edit instance"'],
    [
      'Element Plus bare SVG',
      svgPath('M832 512a32 32 0 1 1 64 0v352a32 32 0 0 1-32 32H160a32 32 0 0 1-32-32V160'),
      '',
    ],
    [
      'heroicons outline',
      svgPath('m16.862 4.487 1.687-1.688a1.875 1.875 0 1 1 2.652 2.652L10.582 16.07'),
      '',
    ],
    ['MUI path, other spacing', svgPath('M3,17.25 V21 h3.75 L17.81,9.94 l-3.75-3.75z'), ''],
    ['sprite <use>', '<svg><use href="#icon-edit"></use></svg>', ''],
    ['Material ligature', '<span class="material-icons">edit</span>', ''],
  ])('%s is an edit control', (_kit, inner, attributes) => {
    expect(isEditControl(button(inner, attributes))).toBe(true);
  });

  it.each([
    [
      'MUI delete',
      '<svg data-testid="DeleteIcon"><path d="M6 19c0 1.1.9 2 2 2h8"></path></svg>',
      '',
    ],
    ['trash named Edit list', '<i class="fa-solid fa-trash"></i>', 'title="Remove"'],
    [
      'disconnect with a pencil-looking icon',
      '<i class="fa-solid fa-pen"></i>',
      'aria-label="Disconnect"',
    ],
    ['unnamed dots', '<span class="material-icons">more_vert</span>', ''],
    ['a plain save', '<span>Save changes</span>', ''],
  ])('%s is not an edit control', (_kit, inner, attributes) => {
    expect(isEditControl(button(inner, attributes))).toBe(false);
  });

  it('a kebab is a "more" control, a pencil is not', () => {
    expect(isMoreControl(button('<svg data-testid="MoreVertIcon"></svg>'))).toBe(true);
    expect(isMoreControl(button('<i class="fa-solid fa-pen"></i>'))).toBe(false);
  });

  it('a kebab with no name at all is known by its three-dot path (Element Plus, MUI, heroicons)', () => {
    const elementPlusMoreFilled =
      'M176 416a112 112 0 1 1 0 224 112 112 0 0 1 0-224m336 0a112 112 0 1 1 0 224 112 112 0 0 1 0-224m336 0a112 112 0 1 1 0 224 112 112 0 0 1 0-224';
    expect(isMoreControl(button(`<i class="el-icon">${svgPath(elementPlusMoreFilled)}</i>`))).toBe(
      true,
    );
    expect(
      isMoreControl(button(svgPath('M12 6.75a.75.75 0 1 1 0-1.5.75.75 0 0 1 0 1.5ZM12 12.75'))),
    ).toBe(true);
    // Any other bare glyph is not a menu, and a named delete never is, whatever it draws.
    expect(isMoreControl(button(svgPath('M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12z')))).toBe(
      false,
    );
    expect(
      isMoreControl(button(svgPath(elementPlusMoreFilled), 'aria-label="Delete instance"')),
    ).toBe(false);
  });
});

describe('icon names and pencil paths', () => {
  it('splits CamelCase and kebab-case', () => {
    expect(iconNameWords('PenToSquare EditIcon el-icon-edit')).toBe(
      'pen to square edit icon el icon edit',
    );
  });
  it('knows a pencil path by its start, not any path', () => {
    expect(isPencilPath('M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83')).toBe(
      true,
    );
    expect(
      isPencilPath('M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z'),
    ).toBe(false);
    expect(isPencilPath('')).toBe(false);
  });
});
