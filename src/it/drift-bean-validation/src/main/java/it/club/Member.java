package it.club;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Entity
public class Member {
  @Id
  private Long id;

  @NotNull
  @Size(max = 120)
  private String email;

  @Size(max = 40)
  private String nickname;

  @Min(1)
  @Max(5)
  private Integer rating;

  /** The migration forgot NOT NULL here: the one difference. */
  @NotNull
  private String court;
}
